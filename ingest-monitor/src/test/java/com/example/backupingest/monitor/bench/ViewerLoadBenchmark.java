package com.example.backupingest.monitor.bench;

import com.example.backupingest.monitor.pipeline.TestEncoder;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.TicketKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Viewers per distribution server: N simulated players (each with a ticket of its own) of the 480p
 * rendition against one edge of a monitor JVM that transcodes the content (a real ffmpeg encoder
 * publishes testsrc2) — behind its nginx front ({@code front}) and, optionally, the Java edge alone
 * ({@code java}) — then against a plain nginx serving the same origin folder, same N and window, in
 * the same run. The edge's CPU is the monitor JVM's minus its idle-transcoding baseline measured just
 * before, plus the front nginx's own; the plain nginx's is its own.
 * Not part of the normal build: {@code -Dgroups=benchmark -DexcludedGroups=} (docs/benchmarks.md).
 */
@Tag("benchmark")
class ViewerLoadBenchmark {

    static final List<Integer> VIEWERS = Arrays.stream(System.getProperty("bench.viewers", "1000,3000").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.viewers.warmup.seconds", 20));
    static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.viewers.seconds", 60));
    static final Duration BASELINE = Duration.ofSeconds(Integer.getInteger("bench.viewers.baseline.seconds", 20));
    static final String SIZE = System.getProperty("bench.viewers.size", "640x360");
    /** Which servers to measure: the Java edge alone, the edge behind its nginx front, the plain nginx. */
    static final List<String> SERVERS = Arrays.stream(System.getProperty("bench.viewers.servers", "front,nginx")
            .split(",")).map(String::trim).toList();
    static final String KEY = "viewerBenchSecret42";
    /** The portal's private key of this run: the generator signs with it, the monitor gets only its public half. */
    static final String TICKET_SECRET = TicketKeys.text(TicketKeys.generate().getPrivate());
    static final String CONTENT = "viewers";

    @TempDir
    Path work;

    @Test
    void measure_segment_fetches_and_cpu_of_the_edge_against_nginx() throws Exception {
        List<String> rows = new ArrayList<>();
        try (MonitorJvm monitor = new MonitorJvm(work, KEY, "1:" + CONTENT + ":A:1", TICKET_SECRET);
                TestEncoder encoder = TestEncoder.publish(monitor.rtmpPort, KEY, SIZE, 25)) {
            // every simulated player has a ticket of its own, as the portal's assignment gives it
            String edgePath = "/edge/" + CONTENT + "/edge-1/v/{ticket}/480p/index.m3u8";
            String probe = edgePath.replace("{ticket}", new TicketIssuer(TicketKeys.pairOf(TicketKeys.privateKey(
                    TICKET_SECRET)), Clock.systemUTC()).issue(CONTENT, "edge-1", "bench-probe", TicketKind.PREVIEW,
                    Duration.ofHours(1)));
            awaitSegments(URI.create("http://127.0.0.1:" + monitor.frontPort + probe), 5);
            Path hls = originFolder();
            String nginxPath = "/" + hls.getParent().getFileName() + "/480p/index.m3u8";
            try (ReferenceNginx nginx = new ReferenceNginx(hls.getParent().getParent(), work.resolve("nginx"))) {
                for (int viewers : VIEWERS) {
                    double baseline = idleCores(monitor);
                    LoadRun reference = null;
                    List<String[]> measured = new ArrayList<>();
                    for (String server : SERVERS) {
                        LoadRun run = switch (server) {
                            case "java" -> LoadRun.run(monitor.httpPort, edgePath, TICKET_SECRET, viewers, WARM_UP,
                                    WINDOW, () -> Cpu.seconds(monitor.pid()), work.resolve("java-" + viewers + ".log"));
                            case "front" -> LoadRun.run(monitor.frontPort, edgePath, TICKET_SECRET, viewers, WARM_UP,
                                    WINDOW, () -> Cpu.seconds(monitor.pid()) + monitor.frontCpuSeconds(),
                                    work.resolve("front-" + viewers + ".log"));
                            case "nginx" -> LoadRun.run(nginx.port, nginxPath, viewers, WARM_UP, WINDOW,
                                    nginx::cpuSeconds, work.resolve("nginx-" + viewers + ".log"));
                            default -> throw new IllegalArgumentException("bench.viewers.servers: " + server);
                        };
                        // the monitor JVM also transcodes: its idle baseline is not the edge's
                        double cores = server.equals("nginx") ? run.serverCores() : run.serverCores() - baseline;
                        System.out.printf(Locale.ROOT, "[bench] %d viewers, %s: %s, server %.3f cores (JVM idle %.3f),"
                                        + " generator %.3f, established %d, load before %s%n", viewers, server, run.json(),
                                run.serverCores(), baseline, run.generatorCores(), run.establishedMidWindow(),
                                run.loadBefore());
                        if (server.equals("nginx")) {
                            reference = run;
                        }
                        measured.add(new String[] {server, Double.toString(cores)});
                        runs.put(server + viewers, run);
                    }
                    for (String[] m : measured) {
                        double cores = Double.parseDouble(m[1]);
                        rows.add(row(m[0], runs.get(m[0] + viewers), cores,
                                reference == null ? Double.NaN : cores / reference.serverCores()));
                    }
                }
            }
        }
        System.out.println("[bench] | viewers | server | segments | p50 | p95 | max | slow (> segment) | failures "
                + "| server cores | cores / 1,000 viewers | vs nginx | generator cores | connections (ss) | reopened "
                + "| Mbit/s | load before |");
        rows.forEach(row -> System.out.println("[bench] " + row));
    }

    private final java.util.Map<String, LoadRun> runs = new java.util.HashMap<>();

    private static String row(String server, LoadRun run, double cores, double ratio) {
        double viewers = run.number("viewers");
        return String.format(Locale.ROOT, "| %,d | %s | %,d | %.0f ms | %.0f ms | %.0f ms | %.2f %% (%d) | %d | %.3f | %.3f"
                        + " | %.2f× | %.2f | %d | %d | %.0f | %s |",
                (long) viewers, server, (long) run.number("segments"), run.number("segmentP50Ms"),
                run.number("segmentP95Ms"), run.number("segmentMaxMs"), 100 * run.number("slowShare"),
                (long) run.number("slow"), (long) (run.number("segmentFailures") + run.number("playlistFailures")), cores,
                1000 * cores / viewers, ratio, run.generatorCores(), run.establishedMidWindow(),
                (long) run.number("closedByServer"), run.number("mbitPerSecond"),
                run.loadBefore().split(" ")[0]);
    }

    /** The monitor JVM's own CPU (threads, not reaped children) while it transcodes with no viewers. */
    private static double idleCores(MonitorJvm monitor) throws InterruptedException {
        double before = Cpu.seconds(monitor.pid());
        long start = System.nanoTime();
        Thread.sleep(BASELINE); // the measurement window
        return Cpu.per(Cpu.seconds(monitor.pid()) - before, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The 480p folder the transcoder of entrypoint A writes: {@code <hls root>/<content>/480p}. */
    private Path originFolder() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("monitor"))) {
            return files.filter(p -> p.endsWith(Path.of(CONTENT, "480p", "index.m3u8")))
                    .filter(p -> p.toString().contains("/A/")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no 480p playlist of entrypoint A")).getParent();
        }
    }

    private static void awaitSegments(URI playlist, int count) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            org.awaitility.Awaitility.await("the edge lists " + count + " segments: " + playlist).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    // the front's nginx starts after the Java server (its SmartLifecycle phase): refused until then
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(playlist).build(),
                                HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200
                                && LivePlaylist.parse(response.body()).segments().size() >= count;
                    });
        }
    }
}
