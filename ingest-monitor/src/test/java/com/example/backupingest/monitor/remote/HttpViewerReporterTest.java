package com.example.backupingest.monitor.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.example.backupingest.monitor.testing.FreePort;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An edge host's viewer reports, against a real local HTTP server standing in for the portal. */
class HttpViewerReporterTest {

    private record Received(String authorization, String contentType, String body) {
    }

    private static final Instant AT = Instant.parse("2026-12-07T05:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer portal;
    private HttpViewerReporter reporter;

    @AfterEach
    void stop() {
        release.countDown();
        if (reporter != null) {
            reporter.close();
        }
        if (portal != null) {
            portal.stop(0);
        }
    }

    @Test
    void batches_arrive_with_the_bearer_secret_and_the_latest_load_per_viewer_and_edge() throws Exception {
        URI url = portal(204, false);
        reporter = new HttpViewerReporter(url, "s3cret", 2, Duration.ofMillis(100), 100, json, Clock.systemUTC());

        reporter.seen(7, "c-1", "edge-2", "abc", "192.0.2.1", AT.minusSeconds(2));
        reporter.seen(7, "c-1", "edge-2", "abc", "192.0.2.1", AT);
        reporter.seen(7, "c-1", "edge-2", "abc", "192.0.2.1", AT.minusSeconds(1)); // late arrival: the latest time stays
        reporter.seen(8, "c-2", "edge-4", "xyz", "192.0.2.1", AT);
        reporter.start();

        Received first = received.poll(5, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.authorization()).isEqualTo("Bearer s3cret");
        assertThat(first.contentType()).isEqualTo("application/json");
        assertThat(first.body()).contains("\"at\":\"2026-12-07T05:00:00Z\"");
        JsonNode body = json.readTree(first.body());
        assertThat(body.get("edgeHost").asInt()).isEqualTo(2);
        assertThat(body.get("seen")).hasSize(2);
        assertThat(body.get("seen").valueStream().map(JsonNode::toString)).containsExactlyInAnyOrder(
                "{\"accountId\":7,\"contentId\":\"c-1\",\"edgeId\":\"edge-2\",\"viewerId\":\"abc\",\"address\":\"192.0.2.1\",\"at\":\"2026-12-07T05:00:00Z\"}",
                "{\"accountId\":8,\"contentId\":\"c-2\",\"edgeId\":\"edge-4\",\"viewerId\":\"xyz\",\"address\":\"192.0.2.1\",\"at\":\"2026-12-07T05:00:00Z\"}");

        reporter.seen(7, "c-1", "edge-2", "abc", "192.0.2.1", AT.plusSeconds(2));
        Received next = received.poll(5, TimeUnit.SECONDS);
        assertThat(next).as("the next interval sends only what came since").isNotNull();
        assertThat(json.readTree(next.body()).get("seen")).hasSize(1);
    }

    @Test
    void nothing_is_sent_while_no_viewer_loads_a_playlist() throws Exception {
        reporter = new HttpViewerReporter(portal(204, false), "s3cret", 1, Duration.ofMillis(50), 100, json,
                Clock.systemUTC()).start();

        assertThat(received.poll(400, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void recording_never_blocks_while_the_portal_hangs() throws Exception {
        reporter = new HttpViewerReporter(portal(204, true), "s3cret", 1, Duration.ofMillis(20), 100_000, json,
                Clock.systemUTC());
        reporter.seen(7, "c-1", "edge-1", "first", "192.0.2.1", AT);
        reporter.start();
        assertThat(received.poll(5, TimeUnit.SECONDS)).as("the portal holds this request").isNotNull();

        assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
            for (int i = 0; i < 20_000; i++) {
                reporter.seen(7, "c-1", "edge-1", "v" + i, "192.0.2.1", AT);
            }
        });
    }

    @Test
    void an_unreachable_portal_does_not_throw_and_costs_only_that_batch() throws Exception {
        int port = FreePort.next();
        reporter = new HttpViewerReporter(URI.create("http://127.0.0.1:" + port), "s3cret", 1, Duration.ofSeconds(1),
                100, json, Clock.systemUTC());
        reporter.seen(7, "c-1", "edge-1", "lost", "192.0.2.1", AT);

        assertThatCode(reporter::sendBatch).doesNotThrowAnyException();

        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        handle(204, false);
        portal.start();
        reporter.seen(7, "c-1", "edge-1", "later", "192.0.2.1", AT);
        reporter.sendBatch();
        Received arrived = received.poll(5, TimeUnit.SECONDS);
        assertThat(arrived).isNotNull();
        assertThat(arrived.body()).contains("\"viewerId\":\"later\"").doesNotContain("lost");
    }

    @Test
    void a_refusing_portal_does_not_throw_and_the_batch_is_dropped() throws Exception {
        reporter = new HttpViewerReporter(portal(401, false), "wrong", 1, Duration.ofSeconds(1), 100, json,
                Clock.systemUTC());
        reporter.seen(7, "c-1", "edge-1", "abc", "192.0.2.1", AT);

        assertThatCode(reporter::sendBatch).doesNotThrowAnyException();
        assertThat(received.poll(5, TimeUnit.SECONDS)).isNotNull();
        reporter.sendBatch();
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).as("nothing left to resend").isNull();
    }

    @Test
    void at_most_capacity_viewers_wait_for_the_portal_and_known_ones_still_update() throws Exception {
        reporter = new HttpViewerReporter(portal(204, false), "s3cret", 1, Duration.ofSeconds(1), 2, json,
                Clock.systemUTC());
        reporter.seen(7, "c-1", "edge-1", "a", "192.0.2.1", AT);
        reporter.seen(7, "c-1", "edge-1", "b", "192.0.2.1", AT);
        reporter.seen(7, "c-1", "edge-1", "c", "192.0.2.1", AT);
        reporter.seen(7, "c-1", "edge-1", "a", "192.0.2.1", AT.plusSeconds(1));

        reporter.sendBatch();

        String body = received.poll(5, TimeUnit.SECONDS).body();
        assertThat(json.readTree(body).get("seen")).hasSize(2);
        assertThat(body).contains("\"viewerId\":\"a\",\"address\":\"192.0.2.1\",\"at\":\"2026-12-07T05:00:01Z\"", "\"viewerId\":\"b\"")
                .doesNotContain("\"viewerId\":\"c\"");
    }

    @Test
    void viewers_the_portal_found_no_seat_for_are_handed_to_the_gate() throws Exception {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/api/monitor/viewers", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "{\"refused\":[{\"contentId\":\"c-1\",\"edgeId\":\"edge-1\",\"viewerId\":\"b\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        portal.start();
        reporter = new HttpViewerReporter(URI.create("http://127.0.0.1:" + portal.getAddress().getPort()), "s3cret",
                1, Duration.ofSeconds(1), 100, json, Clock.systemUTC());
        java.util.List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        reporter.onRefusal((content, edge, viewer) -> refused.add(content + "/" + edge + "/" + viewer));
        reporter.seen(7, "c-1", "edge-1", "a", "192.0.2.1", AT);
        reporter.seen(7, "c-1", "edge-1", "b", "192.0.2.2", AT);

        reporter.sendBatch();

        assertThat(refused).containsExactly("c-1/edge-1/b");
    }

    /** A portal on a free port answering {@code status}; {@code hang}: it holds every request open. */
    private URI portal(int status, boolean hang) throws IOException {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        handle(status, hang);
        portal.start();
        return URI.create("http://127.0.0.1:" + portal.getAddress().getPort());
    }

    private void handle(int status, boolean hang) {
        portal.createContext("/api/monitor/viewers", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            if (hang) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }
}
