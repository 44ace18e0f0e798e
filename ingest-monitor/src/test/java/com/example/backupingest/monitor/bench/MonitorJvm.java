package com.example.backupingest.monitor.bench;

import com.example.backupingest.monitor.app.IngestMonitorApplication;
import com.example.backupingest.monitor.pipeline.RunningMonitor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import com.example.backupingest.monitor.api.viewer.TicketKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The standalone monitor in its own JVM, so its CPU (with the ffprobe children it reaps) can be read
 * from /proc apart from the benchmark's own threads. Output goes to a log file in {@code work}.
 */
final class MonitorJvm implements AutoCloseable {

    final int httpPort;
    final int rtmpPort;
    /** The viewers' nginx front (0: none). */
    final int frontPort;
    private final Process process;

    MonitorJvm(Path work, String key, String grant) throws IOException, InterruptedException {
        this(work, key, grant, null);
    }

    /**
     * {@code ticketSecret} set (a private key's text): edges require tickets signed with it (they get its public half), and nginx fronts them
     * (monitor.front) on {@link #frontPort}; unset: ticketless edges, no front.
     */
    MonitorJvm(Path work, String key, String grant, String ticketSecret) throws IOException, InterruptedException {
        httpPort = RunningMonitor.freePort();
        frontPort = ticketSecret == null ? 0 : RunningMonitor.freePort();
        rtmpPort = RunningMonitor.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        // the JVM options of docker/monitor-entrypoint.sh (C1 only); -Dbench.monitor.jvm-options= for the JVM's defaults
        for (String option : System.getProperty("bench.monitor.jvm-options", "-XX:TieredStopAtLevel=1").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                IngestMonitorApplication.class.getName(), "--server.port=" + httpPort,
                "--monitor.work-dir=" + work.resolve("monitor"), "--logging.level.root=WARN",
                "--monitor.viewers.require-ticket=" + (ticketSecret != null),
                "--monitor.entrypoints.primary.rtmp-port=" + rtmpPort,
                "--monitor.entrypoints.primary.origin-http-port=" + RunningMonitor.freePort(),
                "--monitor.entrypoints.backup.rtmp-port=" + RunningMonitor.freePort(),
                "--monitor.entrypoints.backup.origin-http-port=" + RunningMonitor.freePort(),
                "--monitor.entrypoints.primary.rtmps-port=0", "--monitor.entrypoints.primary.srt-port=0",
                "--monitor.entrypoints.backup.rtmps-port=0", "--monitor.entrypoints.backup.srt-port=0",
                "--monitor.keys." + key + "=" + grant, com.example.backupingest.monitor.testing.MonitorApiAccess.ARGUMENT));
        if (ticketSecret != null) {
            String publicKey = TicketKeys.text(TicketKeys.pairOf(TicketKeys.privateKey(ticketSecret)).getPublic());
            command.addAll(List.of("--monitor.viewers.ticket-public-key=" + publicKey, "--monitor.front.enabled=true",
                    "--monitor.front.port=" + frontPort, "--monitor.front.listen-address=127.0.0.1"));
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("monitor.log").toFile()).start();
        try {
            org.awaitility.Awaitility.await("monitor JVM available").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the monitor JVM ended");
                        }
                        return available();
                    });
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("monitor JVM did not start, see " + work.resolve("monitor.log"), e);
        }
    }

    private boolean available() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + httpPort + "/monitor/api/availability"))
                    .header("Authorization", com.example.backupingest.monitor.testing.MonitorApiAccess.AUTHORIZATION).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().contains("\"available\":true");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    /** The transcoder of the content: the ffmpeg child that writes -progress. */
    Optional<ProcessHandle> transcoder() {
        return process.descendants().filter(p -> p.info().commandLine().orElse("").contains("-progress")).findFirst();
    }

    List<ProcessHandle> nginx() {
        return process.descendants().filter(p -> p.info().command().orElse("").endsWith("nginx")).toList();
    }

    /** CPU seconds of the front's nginx: its master (whose command line names the front's folder) and workers. */
    double frontCpuSeconds() {
        return process.descendants().filter(p -> procCommandLine(p).contains("/front/nginx/"))
                .flatMap(master -> java.util.stream.Stream.concat(java.util.stream.Stream.of(master),
                        master.descendants()))
                .mapToDouble(p -> Cpu.seconds(p.pid())).sum();
    }

    /** nginx rewrites its argv into one string ("nginx: master process nginx -p ..."): read it as is. */
    private static String procCommandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
        } catch (IOException gone) {
            return "";
        }
    }

    URI edgePlaylist(String content) {
        return URI.create("http://127.0.0.1:" + httpPort + "/edge/" + content + "/edge-1/original/index.m3u8");
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy(); // SIGTERM: Spring shuts down, nginx and ffmpeg are stopped gracefully
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
