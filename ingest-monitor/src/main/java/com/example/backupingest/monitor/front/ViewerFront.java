package com.example.backupingest.monitor.front;

import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.api.process.ProcessLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.viewer.ViewerGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.IntSupplier;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Puts nginx in front of this process's edges: the fleet mirrors into the front folder, the gate's
 * admissions become ticket links (swept every {@code sweepInterval}), nginx's playlist loads come
 * back through the seat log and renew seats like loads Java served. Everything starts in {@link #start()},
 * after the Java server has its port (nginx hands the rest to it) and after the pipeline; the
 * constructor only keeps its parts. {@code edgePort} gives the Java server's port (0 without one).
 */
final class ViewerFront implements SmartLifecycle, AutoCloseable {

    /** After the web server, its pinned edge ports and the pipeline (PipelineStarter: +2). */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 3;

    private static final Logger log = LoggerFactory.getLogger(ViewerFront.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

    private final FrontProperties properties;
    private final FrontLayout layout;
    private final Path workDir;
    private final String nginx;
    private final boolean ticketless;
    private final ProcessLauncher launcher;
    private final RestartPolicy restart;
    private final Clock clock;
    private final EdgeFleet fleet;
    private final ViewerGate gate;
    private final IntSupplier edgePort;
    private final TicketLinks links;
    private volatile @Nullable SeatLog seatLog;
    private volatile @Nullable Thread sweeper;
    private volatile @Nullable FrontServer server;
    private volatile boolean closed;

    public ViewerFront(FrontProperties properties, Path monitorWorkDir, String nginx, boolean ticketless,
            EdgeFleet fleet, ViewerGate gate, ProcessLauncher launcher, RestartPolicy restart, Clock clock,
            IntSupplier edgePort) {
        this.properties = properties;
        Path root = properties.directory() != null ? properties.directory() : monitorWorkDir.resolve("front");
        this.layout = new FrontLayout(root);
        this.workDir = layout.root().resolve("nginx");
        this.nginx = nginx;
        this.ticketless = ticketless;
        this.launcher = launcher;
        this.restart = restart;
        this.clock = clock;
        this.fleet = fleet;
        this.gate = gate;
        this.edgePort = edgePort;
        this.links = new TicketLinks(layout, gate);
    }

    /** Clears what a killed run left, binds the seat log, mirrors the fleet and starts nginx. */
    @Override
    public synchronized void start() {
        int javaPort = edgePort.getAsInt();
        if (server != null || javaPort <= 0) {
            return; // already serving, or no web server in this context (nothing to stand in front of)
        }
        closed = false;
        FrontServer.stopLeftover(workDir);
        FrontFolder.reset(layout);
        SeatLog seats;
        try {
            seats = new SeatLog(properties.logPort(), load -> fleet.accountId(load.contentId())
                    .ifPresent(account -> gate.admitPlaylist(load.token(), load.contentId(), load.edgeId(), account,
                            load.address())));
        } catch (IOException e) {
            throw new UncheckedIOException("monitor.front.log-port " + properties.logPort() + " cannot be bound", e);
        }
        seatLog = seats;
        gate.tellAdmissions(links);
        fleet.mirrorTo(new FrontFolder(layout, properties.keepSegments()));
        sweeper = Thread.ofVirtual().name("front-ticket-sweep").start(() -> sweepUntilClosed(seats));
        start(javaPort, seats);
    }

    @Override
    public void stop() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException("the nginx front did not stop cleanly", e);
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Starts nginx in front of the Java edge at {@code edgePort}. */
    private void start(int edgePort, SeatLog seatLog) {
        try {
            int port = properties.port() != 0 ? properties.port() : FrontServer.freePort();
            String user = "root".equals(System.getProperty("user.name")) ? "root" : null;
            FrontSettings settings = new FrontSettings(layout, workDir, properties.listenAddress(), port, edgePort,
                    seatLog.port(), properties.workers(), user, ticketless, properties.trustedProxies());
            FrontServer started = new FrontServer(nginx, settings, launcher, restart, clock);
            started.start(READY_TIMEOUT);
            server = started;
            log.info("viewers' front: nginx on port {} serves the edges' playlists and segments, Java on {} decides",
                    port, edgePort);
        } catch (IOException e) {
            throw new UncheckedIOException("the nginx front could not start", e);
        }
    }

    /** Where players connect, once started. */
    public OptionalInt port() {
        FrontServer running = server;
        return running == null ? OptionalInt.empty() : OptionalInt.of(running.settings().port());
    }

    public @Nullable Long nginxPid() {
        FrontServer running = server;
        return running == null ? null : running.pid();
    }

    public int linkedTickets() {
        return links.size();
    }

    /** Whether nginx runs and accepts connections on its port. */
    public boolean serving() {
        FrontServer running = server;
        return running != null && running.isRunning()
                && com.example.backupingest.monitor.api.process.PortCheck.accepts(running.settings().port(),
                        Duration.ofMillis(200));
    }

    public int restarts() {
        FrontServer running = server;
        return running == null ? 0 : running.restarts();
    }

    private void sweepUntilClosed(SeatLog seatLog) {
        while (!closed) {
            try {
                Thread.sleep(properties.sweepInterval());
                seatLog.drain(); // what nginx served until now renews seats before links are judged
                links.sweep();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("front: sweeping ticket links failed", e);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        Thread sweeping = sweeper;
        if (sweeping != null) {
            sweeping.interrupt();
        }
        FrontServer running = server;
        server = null;
        if (running != null) {
            running.close();
        }
        SeatLog seats = seatLog;
        seatLog = null;
        if (seats != null) {
            seats.close();
        }
    }
}
