package com.example.backupingest.monitor.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.app.IngestMonitorApplication;
import com.example.backupingest.monitor.event.MonitorEventBus;
import com.example.backupingest.monitor.event.PublishStarted;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.viewer.TicketKind;
import com.example.backupingest.monitor.viewer.ViewerTickets;
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
 * {@code /api/monitor/viewers} (a local HTTP server here) with the host's bearer secret; the owner's
 * preview does not.
 */
@SpringBootTest(classes = IngestMonitorApplication.class,
        args = "--spring.config.name=application,monitor-standalone", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"monitor.role=edge", "monitor.viewers.host-index=2", "monitor.viewers.host-count=2",
                "monitor.viewers.report-interval=100ms", "monitor.portal-secret=edge-secret",
                "monitor.viewers.secret=" + EdgeHostReportsViewersTest.TICKET_SECRET,
                "monitor.api.secret=" + com.example.backupingest.monitor.testing.MonitorApiAccess.SECRET})
class EdgeHostReportsViewersTest {

    static final String TICKET_SECRET = "ticket-secret-shared-with-the-portal";
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
            reports.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        portal.start();
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
        ViewerTickets tickets = ViewerTickets.ofSecret(TICKET_SECRET, Clock.systemUTC());
        String preview = tickets.issue("c-reported", "edge-2", "owner", TicketKind.PREVIEW);
        assertThat(get("/edge/c-reported/edge-2/v/" + preview + "/master.m3u8")).isEqualTo(200);
        String viewer = tickets.issue("c-reported", "edge-2", "abc", TicketKind.VIEWER);

        assertThat(get("/edge/c-reported/edge-2/v/" + viewer + "/master.m3u8")).isEqualTo(200);

        String report = reports.poll(5, TimeUnit.SECONDS);
        assertThat(report).startsWith("Bearer edge-secret {\"edgeHost\":2,\"seen\":[{\"accountId\":7,"
                + "\"contentId\":\"c-reported\",\"edgeId\":\"edge-2\",\"viewerId\":\"abc\",\"at\":\"");
        assertThat(report).doesNotContain("owner");
    }

    private int get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
