package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.nginx.NginxErrorLog;
import com.example.backupingest.monitor.api.process.PortCheck;
import com.example.backupingest.monitor.api.process.ProcessLauncher;
import com.example.backupingest.monitor.api.process.ProcessListener;
import com.example.backupingest.monitor.api.process.Pause;
import com.example.backupingest.monitor.api.process.ProcessSpec;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.api.process.Sleeper;
import com.example.backupingest.monitor.api.process.StopMethod;
import com.example.backupingest.monitor.api.process.SupervisedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One entrypoint = one supervised nginx process. Ready when both the RTMP and the HTTP port accept
 * connections; when nginx dies (even by SIGKILL) the supervisor starts it again and
 * {@code onCrash} ends the publishes it carried.
 */
public final class NginxEntrypoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NginxEntrypoint.class);
    private static final Duration PROBE = Duration.ofMillis(200);
    // While up, a crash is seen at once by the supervisor (its exit clears "ready"), so the port probe can
    // be slow; the worker list (a scan of /proc) only changes when the master (re)starts its workers.
    private static final Duration UP_PROBE = Duration.ofSeconds(2);
    private static final Duration WORKERS_REFRESH = Duration.ofSeconds(30);

    private final NginxSettings settings;
    private final NginxCommands commands;
    private final SupervisedProcess process;
    private final Clock clock;
    private volatile boolean closed;
    private volatile boolean ready;

    public NginxEntrypoint(NginxSettings settings, String nginxBinary, ProcessLauncher launcher, RestartPolicy policy,
            Clock clock, Consumer<Entrypoint> onCrash) {
        this.settings = settings;
        this.commands = new NginxCommands(nginxBinary, settings);
        this.clock = clock;
        ProcessSpec spec = new ProcessSpec("nginx-" + settings.entrypoint().letter(), commands.run(),
                settings.workDir(), new StopMethod.Command(commands.quit()), Duration.ofSeconds(3));
        this.process = new SupervisedProcess(spec, launcher, policy, clock, Sleeper.REAL, new ProcessListener() {
            @Override
            public void started(long pid, int restarts) {
                log.info("nginx for entrypoint {} started (pid {}, restarts {})", settings.entrypoint(), pid, restarts);
            }

            @Override
            public void line(OutputLine line) {
                log.info("nginx-{}: {}", settings.entrypoint().letter(), line.text());
            }

            @Override
            public void exited(int exitCode, boolean willRestart) {
                ready = false;
                if (willRestart) {
                    log.warn("nginx for entrypoint {} exited with {}", settings.entrypoint(), exitCode);
                    onCrash.accept(settings.entrypoint());
                }
            }
        });
    }

    public NginxSettings settings() {
        return settings;
    }

    /** Writes the configuration, starts nginx and waits until it serves both ports. */
    public void start(Duration readyTimeout) throws IOException {
        PortCheck.requireFree(settings.rtmpPort(), propertyPrefix() + ".rtmp-port");
        PortCheck.requireFree(settings.originHttpPort(), propertyPrefix() + ".origin-http-port");
        SecureListeners secure = settings.secure();
        if (secure != null && secure.rtmps()) {
            PortCheck.requireFree(secure.rtmpsPort(), propertyPrefix() + ".rtmps-port");
        }
        Files.createDirectories(settings.workDir().resolve("tmp"));
        Files.createDirectories(settings.hlsRoot());
        Files.writeString(settings.confFile(), NginxConfBuilder.text(settings));
        process.start(Duration.ZERO);
        Thread.ofVirtual().name("nginx-watch-" + settings.entrypoint().letter()).start(this::watch);
        Instant deadline = clock.instant().plus(readyTimeout);
        while (!ready && clock.instant().isBefore(deadline)) {
            Pause.quietly(PROBE);
        }
        if (!ready) {
            close();
            throw new IllegalStateException("nginx for entrypoint " + settings.entrypoint() + " did not become ready within "
                    + readyTimeout.toSeconds() + " s; last lines of " + settings.errorLog() + ": "
                    + NginxErrorLog.tail(settings.errorLog()));
        }
    }

    /** Tracks readiness and remembers nginx's workers, so a SIGKILLed master's worker is reaped. */
    private void watch() {
        Instant workersSeenAt = Instant.MIN;
        while (!closed) {
            boolean up = process.isRunning() && PortCheck.accepts(settings.rtmpPort(), PROBE)
                    && PortCheck.accepts(settings.originHttpPort(), PROBE) && secureUp();
            Instant now = clock.instant();
            if (up && (!ready || !now.isBefore(workersSeenAt.plus(WORKERS_REFRESH)))) {
                process.refreshDescendants();
                workersSeenAt = now;
            }
            ready = up;
            Pause.quietly(up ? UP_PROBE : PROBE);
        }
    }

    /** The loopback listeners behind RTMPS and SRT (the public RTMPS port answers only TLS). */
    private boolean secureUp() {
        SecureListeners secure = settings.secure();
        if (secure == null) {
            return true;
        }
        return (!secure.rtmps() || PortCheck.accepts(secure.rtmpsReadPort(), PROBE))
                && (!secure.srt() || PortCheck.accepts(secure.srtRelayPort(), PROBE));
    }

    public boolean isReady() {
        return ready;
    }

    public @Nullable Long pid() {
        return process.pid();
    }

    public int restarts() {
        return process.restarts();
    }

    private String propertyPrefix() {
        return "monitor.entrypoints." + settings.entrypoint().name().toLowerCase();
    }



    @Override
    public void close() {
        closed = true;
        process.close();
    }
}
