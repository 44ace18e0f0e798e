package com.example.backupingest.monitor.bench;

import com.example.backupingest.monitor.pipeline.RunningMonitor;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A plain nginx serving a folder over HTTP, the reference for the edge: its own prefix and free
 * port, {@code sendfile on}, keep-alive without a request limit in the window, workers = cores.
 */
final class ReferenceNginx implements AutoCloseable {

    final int port;
    private final Process process;

    ReferenceNginx(Path root, Path prefix) throws IOException, InterruptedException {
        port = RunningMonitor.freePort();
        Files.createDirectories(prefix.resolve("logs"));
        Path conf = prefix.resolve("nginx.conf");
        // as root, workers would drop to "nobody" and could not read the monitor's HLS files
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(conf, user + """
                daemon off;
                worker_processes auto;
                worker_rlimit_nofile 20000;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 10000; }
                http {
                  access_log off;
                  sendfile on;
                  tcp_nopush on;
                  keepalive_timeout 65s;
                  keepalive_requests 100000;
                  types { application/vnd.apple.mpegurl m3u8; video/mp2t ts; }
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %3$s;
                    location ~ \\.m3u8$ { add_header Cache-Control no-cache; }
                  }
                }
                """.formatted(prefix, port, root));
        process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        try {
            org.awaitility.Awaitility.await("reference nginx listening").atMost(java.time.Duration.ofSeconds(10))
                    .pollInterval(java.time.Duration.ofMillis(100))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("nginx ended");
                        }
                        return listening();
                    });
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("reference nginx did not start, see " + prefix.resolve("logs"), e);
        }
    }

    private boolean listening() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Master and workers. */
    List<Long> pids() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants()).map(ProcessHandle::pid).toList();
    }

    /** CPU seconds of master and workers so far. */
    double cpuSeconds() {
        return pids().stream().mapToDouble(Cpu::seconds).sum();
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
