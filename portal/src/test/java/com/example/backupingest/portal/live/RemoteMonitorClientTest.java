package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.MonitorEventCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EdgeStatus;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A real HTTP server speaking SSE; it hangs up after each event, so the client must reconnect. */
class RemoteMonitorClientTest {

    private static final String AUTHORIZATION = "Bearer monitor-api-secret-for-tests";

    @Test
    void events_of_a_remote_monitor_reach_the_portal_bus_across_reconnects() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/monitor/api/events", exchange -> {
            if (!AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1); // as the monitor API answers without its secret
                exchange.close();
                return;
            }
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
        LiveProperties properties = new LiveProperties(List.of(), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMillis(200),
                Duration.ofMinutes(2), Duration.ofMillis(100), false, "640x360", 15, "ffmpeg", null);
        RemoteMonitorClient client = new RemoteMonitorClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), bus, new HealthCache(), properties,
                AUTHORIZATION);
        try {
            client.start();
            org.awaitility.Awaitility.await("two events").pollInSameThread().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20)).until(() -> received.size() >= 2);
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
        LiveProperties properties = new LiveProperties(List.of(), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMillis(200),
                Duration.ofMinutes(2), Duration.ofMillis(100), false, "640x360", 15, "ffmpeg", null);
        RemoteMonitorClient client = new RemoteMonitorClient(URI.create("http://127.0.0.1:" + port),
                new MonitorEventBus(), new HealthCache(), properties, AUTHORIZATION);
        try {
            client.start();
            org.awaitility.Awaitility.await("a problem").pollInSameThread().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(20)).until(() -> client.problem().isPresent());
        } finally {
            client.close();
        }
        assertThat(client.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("Remote monitor http://127.0.0.1:" + port + " not reachable"));
    }

    @Test
    void a_monitor_refusing_the_api_secret_is_reported_as_such() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/monitor/api/", exchange -> {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        LiveProperties properties = new LiveProperties(List.of(), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMillis(200),
                Duration.ofMinutes(2), Duration.ofMillis(100), false, "640x360", 15, "ffmpeg", null);
        RemoteMonitorClient client = new RemoteMonitorClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), new MonitorEventBus(),
                new HealthCache(), properties, "Bearer not-the-monitors-secret");
        try {
            client.start();
            waitUntil(() -> client.problem().isPresent());
        } finally {
            client.close();
            server.stop(0);
        }
        assertThat(client.problem()).hasValueSatisfying(p -> assertThat(p).contains("HTTP 401: check monitor.api.secret"));
    }

    @Test
    void what_a_monitor_reported_turns_down_when_the_monitor_dies_and_other_reports_stay() throws Exception {
        EntrypointHealth live = new EntrypointHealth("c1", Entrypoint.PRIMARY, HealthState.LIVE,
                "Publishing; segments are flowing", true, 800L, 15.0, 320, 180, "h264", "High", "aac", "LC", true,
                Duration.ofSeconds(2), Map.of(), Duration.ofMillis(500), Instant.parse("2026-11-24T09:00:00Z"));
        EntrypointHealth idle = new EntrypointHealth("c2", Entrypoint.PRIMARY, HealthState.IDLE,
                "No encoder publishes", false, null, null, null, null, null, null, null, null, false, null, Map.of(),
                null, null);
        EntrypointHealth elsewhere = new EntrypointHealth("c3", Entrypoint.BACKUP, HealthState.LIVE,
                "Publishing; segments are flowing", true, 700L, null, null, null, null, null, null, null, true, null,
                Map.of(), null, null);
        byte[] body = new MonitorEventCodec().write(List.of(live, idle)).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/monitor/api/health", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        HealthCache cache = new HealthCache();
        cache.put(elsewhere); // another monitor's report
        LiveProperties properties = new LiveProperties(List.of(), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMillis(100),
                Duration.ofMinutes(2), Duration.ofMillis(100), false, "640x360", 15, "ffmpeg", null);
        RemoteMonitorClient client = new RemoteMonitorClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), new MonitorEventBus(), cache,
                properties, AUTHORIZATION);
        try {
            client.start();
            waitUntil(() -> cache.get("c1", Entrypoint.PRIMARY).isPresent());
            assertThat(cache.get("c1", Entrypoint.PRIMARY)).contains(live);
            server.stop(0); // the host dies: no last event, the poll fails
            waitUntil(() -> cache.get("c1", Entrypoint.PRIMARY).map(EntrypointHealth::state)
                    .filter(HealthState.DOWN::equals).isPresent());
        } finally {
            client.close();
            server.stop(0);
        }
        assertThat(cache.get("c1", Entrypoint.PRIMARY)).hasValueSatisfying(h -> {
            assertThat(h.reason()).isEqualTo(UnreachableHealth.REASON);
            assertThat(h.publishing()).isFalse();
            assertThat(h.inputBitrateKbps()).isNull();
        });
        assertThat(cache.get("c2", Entrypoint.PRIMARY)).hasValueSatisfying(h -> {
            assertThat(h.state()).as("nothing was received there").isEqualTo(HealthState.IDLE);
            assertThat(h.reason()).isEqualTo(UnreachableHealth.REASON);
        });
        assertThat(cache.get("c3", Entrypoint.BACKUP)).contains(elsewhere);
    }

    @Test
    void an_edge_hosts_list_of_edges_fills_the_edges_panel_even_without_any_switch_event() throws Exception {
        byte[] edges = new MonitorEventCodec().write(List.of(
                new EdgeStatus("c1", "edge-1", Entrypoint.BACKUP), new EdgeStatus("c1", "edge-2", null),
                new EdgeStatus("c2", "edge-1", Entrypoint.PRIMARY))).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/monitor/api/health", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("[]".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/monitor/api/edges", exchange -> {
            exchange.sendResponseHeaders(200, edges.length);
            exchange.getResponseBody().write(edges);
            exchange.close();
        });
        server.start();
        LiveProperties properties = new LiveProperties(List.of(), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofMillis(100),
                Duration.ofMinutes(2), Duration.ofMillis(100), false, "640x360", 15, "ffmpeg", null);
        RemoteMonitorClient client = new RemoteMonitorClient(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), new MonitorEventBus(),
                new HealthCache(), properties, AUTHORIZATION);
        RemoteHealthSource source = new RemoteHealthSource(new HealthCache(), List.of(client));
        try {
            assertThat(source.edges("c1")).as("nothing is followed before the context starts it").isEmpty();
            source.start();
            assertThat(source.isRunning()).isTrue();
            waitUntil(() -> !source.edges("c1").isEmpty());
            assertThat(source.edges("c1")).extracting(EdgeSource::edgeId, EdgeSource::active)
                    .containsExactly(tuple("edge-1", Entrypoint.BACKUP), tuple("edge-2", null));
            server.stop(0); // the edge host is gone: what it listed is no longer known
            waitUntil(() -> source.edges("c1").isEmpty());
        } finally {
            source.stop();
            server.stop(0);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await().pollInSameThread().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    }
}
