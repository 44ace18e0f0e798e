package com.example.backupingest.monitor.front;

import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.process.ProcessLauncher;
import com.example.backupingest.monitor.process.RestartPolicy;
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
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Puts nginx in front of this process's edges: the fleet mirrors into the front folder, the gate's
 * admissions become ticket links (swept every {@code sweepInterval}), nginx's playlist loads come
 * back through the seat log and renew seats like loads Java served. nginx starts when the Java
 * server has its port (it hands the rest to it).
 */
public final class ViewerFront implements ApplicationListener<WebServerInitializedEvent>, AutoCloseable {

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
    private final TicketLinks links;
    private final SeatLog seatLog;
    private final Thread sweeper;
    private volatile @Nullable FrontServer server;
    private volatile boolean closed;

    public ViewerFront(FrontProperties properties, Path monitorWorkDir, String nginx, boolean ticketless,
            EdgeFleet fleet, ViewerGate gate, ProcessLauncher launcher, RestartPolicy restart, Clock clock) {
        this.properties = properties;
        Path root = properties.directory() != null ? properties.directory() : monitorWorkDir.resolve("front");
        this.layout = new FrontLayout(root);
        this.workDir = layout.root().resolve("nginx");
        this.nginx = nginx;
        this.ticketless = ticketless;
        this.launcher = launcher;
        this.restart = restart;
        this.clock = clock;
        FrontServer.stopLeftover(workDir);
        FrontFolder.reset(layout);
        this.links = new TicketLinks(layout, gate);
        try {
            this.seatLog = new SeatLog(properties.logPort(), load -> fleet.accountId(load.contentId())
                    .ifPresent(account -> gate.admitPlaylist(load.token(), load.contentId(), load.edgeId(), account,
                            load.address())));
        } catch (IOException e) {
            throw new UncheckedIOException("monitor.front.log-port " + properties.logPort() + " cannot be bound", e);
        }
        gate.tellAdmissions(links);
        fleet.mirrorTo(new FrontFolder(layout, properties.keepSegments()));
        this.sweeper = Thread.ofVirtual().name("front-ticket-sweep").start(this::sweepUntilClosed);
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null || server != null) {
            return; // the management server, or already started
        }
        start(event.getWebServer().getPort());
    }

    /** Starts nginx in front of the Java edge at {@code edgePort}. */
    synchronized void start(int edgePort) {
        if (server != null) {
            return;
        }
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
                && com.example.backupingest.monitor.process.PortCheck.accepts(running.settings().port(),
                        Duration.ofMillis(200));
    }

    public int restarts() {
        FrontServer running = server;
        return running == null ? 0 : running.restarts();
    }

    private void sweepUntilClosed() {
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
    public void close() throws IOException {
        closed = true;
        sweeper.interrupt();
        FrontServer running = server;
        if (running != null) {
            running.close();
        }
        seatLog.close();
    }
}
