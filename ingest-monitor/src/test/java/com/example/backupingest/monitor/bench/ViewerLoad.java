package com.example.backupingest.monitor.bench;

import java.nio.charset.StandardCharsets;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.TicketKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load generator, run as its own JVM by {@link ViewerLoadBenchmark} so its CPU is apart from the
 * server's: N {@link SimulatedViewer}s on virtual threads, each with its own connection, started
 * evenly over one target duration. Prints {@code MEASURE-START} and {@code MEASURE-END} when the
 * window opens and closes (the benchmark reads CPU times then), and finally {@code RESULT {json}}.
 *
 * <p>Arguments: {@code host port playlistPath viewers warmupSeconds measureSeconds}. A path with
 * {@code {ticket}} ({@code /edge/<content>/<edge>/v/{ticket}/...}) gets a viewer ticket of its own per
 * viewer, signed with {@code -Dbench.ticket.secret}, like the portal's assignment gives each player.
 */
public final class ViewerLoad {

    private ViewerLoad() {
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String path = args[2];
        int viewers = Integer.parseInt(args[3]);
        Duration warmUp = Duration.ofSeconds(Long.parseLong(args[4]));
        Duration window = Duration.ofSeconds(Long.parseLong(args[5]));

        double target;
        Tickets tickets = new Tickets(path, System.getProperty("bench.ticket.secret"));
        try (KeepAliveConnection probe = new KeepAliveConnection(host, port, Duration.ofSeconds(10))) {
            target = LivePlaylist.parse(new String(probe.get(tickets.probe(), true).body(), StandardCharsets.UTF_8))
                    .targetDuration();
        }
        FetchLog log = new FetchLog();
        AtomicBoolean stop = new AtomicBoolean();
        long start = System.nanoTime();
        List<SimulatedViewer> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < viewers; i++) {
            long offset = (long) (target * 1e9 * i / viewers); // staggered over one target duration
            SimulatedViewer viewer = new SimulatedViewer(host, port, tickets.viewer(i), start + offset, log, stop::get);
            all.add(viewer);
            threads.add(Thread.ofVirtual().name("viewer-" + i).start(viewer));
        }
        sleepUntil(start + warmUp.toNanos());
        log.open(System.nanoTime());
        System.out.println("MEASURE-START");
        sleepUntil(start + warmUp.plus(window).toNanos());
        log.close(System.nanoTime());
        System.out.println("MEASURE-END");
        stop.set(true);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        for (Thread thread : threads) {
            thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        Map<String, Integer> totals = new HashMap<>();
        for (SimulatedViewer viewer : all) {
            totals.merge("opened", viewer.connection().opened(), Integer::sum);
            totals.merge("closed", viewer.connection().closedByServer(), Integer::sum);
        }
        System.out.println("RESULT " + log.json(viewers, totals.getOrDefault("opened", 0),
                totals.getOrDefault("closed", 0)));
        System.out.flush();
        System.exit(0); // stragglers still waiting on a socket
    }

    /**
     * Per-viewer paths: the path as given, or with a ticket of the viewer's own in place of {@code {ticket}},
     * signed with the portal's private key ({@code secret}: its text, see {@link TicketKeys}).
     */
    private record Tickets(String path, String secret, @org.jspecify.annotations.Nullable TicketIssuer issuer) {

        /** No ticket in the path (the plain nginx): no key either. */
        Tickets(String path, String secret) {
            this(path, secret, !path.contains("{ticket}") || secret == null || secret.isBlank() ? null
                    : new TicketIssuer(TicketKeys.pairOf(TicketKeys.privateKey(secret)), Clock.systemUTC()));
        }

        String viewer(int index) {
            return issue("bench-" + index, TicketKind.VIEWER);
        }

        /** The probe that reads the target duration holds no seat. */
        String probe() {
            return issue("bench-probe", TicketKind.PREVIEW);
        }

        private String issue(String viewer, TicketKind kind) {
            if (issuer == null) {
                return path;
            }
            String[] parts = path.split("/"); // "", edge, content, edge id, v, {ticket}, ...
            // viewer tickets live long enough for starts staggered over the whole warm-up
            return path.replace("{ticket}", issuer.issue(parts[2], parts[3], viewer, kind, Duration.ofMinutes(5)));
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            Thread.sleep(Duration.ofNanos(left)); // the load generator's schedule
        }
    }
}
