package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.event.MonitorEvent;
import com.example.backupingest.monitor.event.MonitorEventBus;
import com.example.backupingest.monitor.event.PublishStarted;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A real HTTP server speaking SSE; it hangs up after each event, so the client must reconnect. */
class RemoteMonitorClientTest {

    @Test
    void events_of_a_remote_monitor_reach_the_portal_bus_across_reconnects() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/monitor/api/events", exchange -> {
            int n = connections.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("event:PublishStarted\ndata:{\"accountId\":3,\"contentId\":\"c" + n
                        + "\",\"entrypoint\":\"BACKUP\",\"edgeCount\":2,\"at\":\"2026-11-24T09:00:0" + n + "Z\"}\n\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/monitor/api/health", exchange -> {
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        MonitorEventBus bus = new MonitorEventBus();
        List<MonitorEvent> received = new CopyOnWriteArrayList<>();
        bus.subscribe(received::add);
        LiveProperties properties = new LiveProperties(List.of(), Duration.ofMinutes(10), Duration.ofMillis(200),
                Duration.ofMinutes(2), Duration.ofMillis(100), false, "640x360", 15, "ffmpeg");
        RemoteMonitorClient client = new RemoteMonitorClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), bus, new HealthCache(), properties);
        try {
            client.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (received.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            client.close();
            server.stop(0);
        }

        assertThat(received).hasSizeGreaterThanOrEqualTo(2);
        assertThat(received.subList(0, 2)).containsExactly(
                new PublishStarted(3, "c1", Entrypoint.BACKUP, 2, Instant.parse("2026-11-24T09:00:01Z")),
                new PublishStarted(3, "c2", Entrypoint.BACKUP, 2, Instant.parse("2026-11-24T09:00:02Z")));
        assertThat(client.problem()).isEmpty();
    }

    @Test
    void an_unreachable_monitor_is_reported_in_words_without_stopping_the_portal() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LiveProperties properties = new LiveProperties(List.of(), Duration.ofMinutes(10), Duration.ofMillis(200),
                Duration.ofMinutes(2), Duration.ofMillis(100), false, "640x360", 15, "ffmpeg");
        RemoteMonitorClient client = new RemoteMonitorClient(URI.create("http://127.0.0.1:" + port),
                new MonitorEventBus(), new HealthCache(), properties);
        try {
            client.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (client.problem().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            client.close();
        }
        assertThat(client.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("Remote monitor http://127.0.0.1:" + port + " not reachable"));
    }
}
