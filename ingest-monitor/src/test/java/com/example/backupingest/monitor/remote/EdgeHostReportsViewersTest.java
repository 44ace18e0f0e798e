package com.example.backupingest.monitor.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.app.IngestMonitorApplication;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.TicketKeys;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Edge host 2 of 2 with a portal: a viewer's playlist loads reach the portal's
 * {@code /api/monitor/viewers} (a local HTTP server here) with the host's bearer secret and the
 * client's address; the owner's preview does not. A viewer the portal answers "no seat" for is
 * refused from then on. Tickets are verified with the portal's public key only.
 */
@SpringBootTest(classes = IngestMonitorApplication.class,
        args = "--spring.config.name=application,monitor-standalone", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"monitor.role=edge", "monitor.viewers.host-index=2", "monitor.viewers.host-count=2",
                "monitor.viewers.report-interval=100ms", "monitor.portal-secret=edge-secret",
                "monitor.api.secret=" + com.example.backupingest.monitor.testing.MonitorApiAccess.SECRET})
class EdgeHostReportsViewersTest {

    private static final TicketIssuer PORTAL_TICKETS = TicketIssuer.random(Clock.systemUTC());
    private static final BlockingQueue<String> reports = new LinkedBlockingQueue<>();
    private static HttpServer portal;

    @DynamicPropertySource
    static void portalAndDeadIngestHosts(DynamicPropertyRegistry registry) {
        try {
            portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        portal.createContext("/api/monitor/viewers", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            reports.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            if (body.contains("\"viewerId\":\"no-seat\"")) {
                byte[] answer = ("{\"refused\":[{\"contentId\":\"c-reported\",\"edgeId\":\"edge-2\","
                        + "\"viewerId\":\"no-seat\"}]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        portal.start();
        registry.add("monitor.viewers.ticket-public-key", () -> TicketKeys.text(PORTAL_TICKETS.publicKey()));
        registry.add("monitor.portal-url", () -> "http://127.0.0.1:" + portal.getAddress().getPort());
        String dead = "http://127.0.0.1:" + FreePort.next();
        registry.add("monitor.origins.primary", () -> dead);
        registry.add("monitor.origins.backup", () -> dead);
        registry.add("monitor.follow", () -> dead);
    }

    @AfterAll
    static void stopPortal() {
        portal.stop(0);
    }

    @Autowired MonitorEventBus bus;
    @LocalServerPort int port;

    @Test
    void a_viewers_playlist_loads_are_reported_to_the_portal_and_the_owners_preview_is_not() throws Exception {
        bus.publish(new PublishStarted(7, "c-reported", Entrypoint.PRIMARY, 2, Instant.now()));
        TicketIssuer tickets = PORTAL_TICKETS;
        String preview = tickets.issue("c-reported", "edge-2", "owner", TicketKind.PREVIEW);
        assertThat(get("/edge/c-reported/edge-2/v/" + preview + "/master.m3u8")).isEqualTo(200);
        String viewer = tickets.issue("c-reported", "edge-2", "abc", TicketKind.VIEWER);

        assertThat(get("/edge/c-reported/edge-2/v/" + viewer + "/master.m3u8")).isEqualTo(200);

        String report = reports.poll(5, TimeUnit.SECONDS);
        while (report != null && !report.contains("\"viewerId\":\"abc\"")) {
            report = reports.poll(5, TimeUnit.SECONDS); // another test's viewer
        }
        assertThat(report).startsWith("Bearer edge-secret {\"edgeHost\":2,\"seen\":[{\"accountId\":7,"
                + "\"contentId\":\"c-reported\",\"edgeId\":\"edge-2\",\"viewerId\":\"abc\",\"address\":\"127.0.0.1\","
                + "\"at\":\"");
        assertThat(report).doesNotContain("owner");
    }

    @Test
    void a_viewer_the_portal_has_no_seat_for_is_refused_from_its_next_load_on() throws Exception {
        bus.publish(new PublishStarted(7, "c-reported", Entrypoint.PRIMARY, 2, Instant.now()));
        String ticket = PORTAL_TICKETS.issue("c-reported", "edge-2", "no-seat", TicketKind.VIEWER);
        String master = "/edge/c-reported/edge-2/v/" + ticket + "/master.m3u8";
        assertThat(get(master)).as("the edge cannot know yet").isEqualTo(200);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(get(master)).isEqualTo(403));
    }

    @Test
    void a_ticket_signed_with_another_key_is_refused() throws Exception {
        bus.publish(new PublishStarted(7, "c-reported", Entrypoint.PRIMARY, 2, Instant.now()));
        String forged = TicketIssuer.random(Clock.systemUTC()).issue("c-reported", "edge-2", "mallory",
                TicketKind.VIEWER);

        assertThat(get("/edge/c-reported/edge-2/v/" + forged + "/master.m3u8")).isEqualTo(403);
    }

    private int get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
