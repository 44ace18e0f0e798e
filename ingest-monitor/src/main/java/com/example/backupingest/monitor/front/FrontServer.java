package com.example.backupingest.monitor.front;

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
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front's nginx, supervised like the ingest's (restarted when it dies, even by SIGKILL), started
 * once the Java edge it hands requests to has its port. Its command line is data ({@link #command}).
 */
final class FrontServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FrontServer.class);
    private static final Duration PROBE = Duration.ofMillis(100);
    private static final Duration WORKERS_REFRESH = Duration.ofSeconds(30);

    private final String binary;
    private final FrontSettings settings;
    private final SupervisedProcess process;
    private final Clock clock;
    private volatile boolean closed;

    FrontServer(String binary, FrontSettings settings, ProcessLauncher launcher, RestartPolicy policy, Clock clock) {
        this.binary = binary;
        this.settings = settings;
        this.clock = clock;
        ProcessSpec spec = new ProcessSpec("nginx-front", command(false), settings.workDir(),
                new StopMethod.Command(command(true)), Duration.ofSeconds(3));
        this.process = new SupervisedProcess(spec, launcher, policy, clock, Sleeper.REAL, new ProcessListener() {
            @Override
            public void started(long pid, int restarts) {
                log.info("nginx front for viewers started on port {} (pid {}, restarts {})", settings.port(), pid,
                        restarts);
            }

            @Override
            public void line(OutputLine line) {
                log.info("nginx-front: {}", line.text());
            }

            @Override
            public void exited(int exitCode, boolean willRestart) {
                if (willRestart) {
                    log.warn("nginx front exited with {}; restarting", exitCode);
                }
            }
        });
    }

    /** Run in the foreground, or ({@code quit}) ask the running one to finish its requests and stop. */
    List<String> command(boolean quit) {
        List<String> run = List.of(binary, "-p", settings.workDir().toAbsolutePath() + "/", "-e",
                settings.errorLog().toAbsolutePath().toString(), "-c", settings.confFile().toAbsolutePath().toString());
        return quit ? java.util.stream.Stream.concat(run.stream(), java.util.stream.Stream.of("-s", "quit")).toList()
                : run;
    }

    FrontSettings settings() {
        return settings;
    }

    void start(Duration readyTimeout) throws IOException {
        PortCheck.requireFree(settings.port(), "monitor.front.port");
        Files.createDirectories(settings.workDir().resolve("tmp"));
        Files.writeString(settings.confFile(), FrontConfBuilder.text(settings));
        process.start(Duration.ZERO);
        Instant deadline = clock.instant().plus(readyTimeout);
        while (!(process.isRunning() && PortCheck.accepts(settings.port(), PROBE))) {
            if (!clock.instant().isBefore(deadline)) {
                close();
                throw new IllegalStateException("the nginx front did not serve port " + settings.port() + " within "
                        + readyTimeout.toSeconds() + " s; see " + settings.errorLog() + ": "
                        + NginxErrorLog.tail(settings.errorLog()));
            }
            Pause.quietly(PROBE);
        }
        process.refreshDescendants();
        Thread.ofVirtual().name("nginx-front-watch").start(this::watchWorkers);
    }

    /**
     * Remembers the workers of every (re)started master, so that after a SIGKILL of the master the
     * supervisor reaps them: otherwise they would keep the port and the new master could not bind it.
     */
    private void watchWorkers() {
        @Nullable Long known = process.pid();
        Instant refreshedAt = clock.instant();
        while (!closed) {
            Pause.quietly(Duration.ofSeconds(1));
            Long pid = process.pid();
            boolean stale = !clock.instant().isBefore(refreshedAt.plus(WORKERS_REFRESH));
            if (pid != null && (!pid.equals(known) || stale) && PortCheck.accepts(settings.port(), PROBE)) {
                process.refreshDescendants();
                known = pid;
                refreshedAt = clock.instant();
            }
        }
    }

    boolean isRunning() {
        return process.isRunning();
    }

    @Nullable Long pid() {
        return process.pid();
    }

    int restarts() {
        return process.restarts();
    }

    /**
     * An nginx front left running by an earlier JVM of this host that died hard (SIGKILL, OOM): it
     * would serve a mirror nobody updates any more and hold the port. Found by its pid file in
     * {@code workDir} and stopped, if its command line names that folder.
     */
    static void stopLeftover(Path workDir) {
        Path pidFile = workDir.resolve("nginx.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid).filter(p -> commandLine(p).contains(workDir.toAbsolutePath().toString()))
                    .ifPresent(master -> {
                        log.warn("stopping the nginx front (pid {}) an earlier run left behind", pid);
                        List<ProcessHandle> workers = master.descendants().toList();
                        master.destroyForcibly();
                        workers.forEach(ProcessHandle::destroyForcibly);
                        // the port is free only once the workers are gone too
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(master), workers.stream())
                                .forEach(p -> p.onExit().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                                        .exceptionally(e -> null).join());
                    });
        } catch (IOException | NumberFormatException e) {
            log.debug("no usable pid file {}", pidFile, e);
        }
    }

    /** nginx rewrites its argv into one string ("nginx: master process nginx -p ..."): read it as is. */
    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
        } catch (IOException gone) {
            return "";
        }
    }

    /** A free TCP port now (for {@code monitor.front.port=0}). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }



    @Override
    public void close() {
        closed = true;
        process.close();
    }
}
