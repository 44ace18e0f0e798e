package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.viewers.Assignment;
import com.example.backupingest.portal.viewers.ViewerCounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default end to end, with tickets required and two in-process distribution servers
 * on ports of their own (picked at start): demo encoders publish to both real nginx-rtmp
 * entrypoints of a content with 2,500 seats (three logical edges), every viewer's assignment names
 * its edge's server, that server admits the portal's ticket (one shared issuer) and reports the
 * viewer to the seat ledger; an ingest failover keeps the broadcast live and the viewer on its edge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:embedded-viewers;DB_CLOSE_DELAY=-1",
                "monitor.viewers.require-ticket=true", "monitor.viewers.edge-ports=0,0"})
@ActiveProfiles("test")
@Import(LiveCustomers.class)
class EmbeddedViewersTest {

    private static final LivePipelineProperties PIPELINE = new LivePipelineProperties();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PIPELINE.register(registry);
    }

    @LocalServerPort int port;
    @Autowired LiveCustomers customers;
    @Autowired DemoEncoders demo;
    @Autowired ViewerCounts counts;
    @Autowired JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();
    private String contentId;

    @AfterEach
    void stopEncoders() {
        if (contentId != null) {
            demo.stop(contentId);
        }
        TestAccounts.signOut();
    }

    @Test
    void players_get_ticketed_edges_on_their_distribution_servers_play_from_them_and_hold_seats() throws Exception {
        long account = customers.signedInWithParallelBooking("Viewers Embedded GmbH", Locale.GERMAN).accountId();
        jdbc.sql("update account set viewer_seats = 2500 where id = ?").param(account).update();
        contentId = customers.contentId();
        assertThat(assign("viewer-embedded-1").state()).isEqualTo(Assignment.NOT_LIVE_YET);

        demo.start(contentId);
        waitFor("the broadcast on air", Duration.ofSeconds(45),
                () -> Assignment.LIVE.equals(assign("viewer-embedded-1").state()));
        Assignment live = assign("viewer-embedded-1");
        Assignment second = assign("viewer-embedded-2");
        Assignment third = assign("viewer-embedded-3");
        assertThat(List.of(live.edgeId(), second.edgeId(), third.edgeId()))
                .containsExactlyInAnyOrder("edge-1", "edge-2", "edge-3");
        Map<String, Integer> serverPort = Map.of(live.edgeId(), URI.create(live.master()).getPort(),
                second.edgeId(), URI.create(second.master()).getPort(), third.edgeId(),
                URI.create(third.master()).getPort());
        assertThat(serverPort.get("edge-1")).as("host 1 of 2 serves edge-1 and edge-3")
                .isEqualTo(serverPort.get("edge-3")).isNotEqualTo(serverPort.get("edge-2")).isNotEqualTo(port);
        assertThat(serverPort.get("edge-2")).isNotEqualTo(port);

        for (Assignment viewer : List.of(live, second, third)) {
            assertThat(viewer.master()).startsWith("http://127.0.0.1:" + serverPort.get(viewer.edgeId()) + "/edge/"
                    + contentId + "/" + viewer.edgeId() + "/v/");
            waitFor("the master playlist of " + viewer.edgeId(), Duration.ofSeconds(30),
                    () -> get(viewer.master()).statusCode() == 200);
            assertThat(get(viewer.master()).body()).contains("480p/index.m3u8");
        }
        URI media = URI.create(live.master()).resolve("480p/index.m3u8");
        waitFor("the 480p playlist", Duration.ofSeconds(30), () -> get(media.toString()).statusCode() == 200);
        assertThat(get("http://127.0.0.1:" + serverPort.get(live.edgeId()) + "/edge/" + contentId + "/"
                + live.edgeId() + "/master.m3u8").statusCode()).as("without a ticket").isEqualTo(403);
        assertThat(counts.perEdge(contentId)).isEqualTo(Map.of("edge-1", 1, "edge-2", 1, "edge-3", 1));
        assertThat(counts.ofAccount(account)).isEqualTo(3);

        assertThat(demo.kill(contentId, Entrypoint.PRIMARY)).isTrue();
        Thread.sleep(3_000); // the monitor's PublishEnded and health have seen the primary go
        Assignment afterFailover = assign("viewer-embedded-1");
        assertThat(afterFailover.state()).as("the backup still receives it").isEqualTo(Assignment.LIVE);
        assertThat(afterFailover.edgeId()).isEqualTo(live.edgeId());
        assertThat(get(afterFailover.master()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_embedded_monitor_api_answers_nobody_without_its_secret() {
        // no monitor.api.secret in the embedded default: the portal reads its pipeline in-process
        for (String path : List.of("/monitor/api/events", "/monitor/api/edges", "/monitor/api/health",
                "/monitor/api/availability")) {
            HttpResponse<String> response = get("http://127.0.0.1:" + port + path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).isEmpty();
        }
    }

    private Assignment assign(String viewer) {
        HttpResponse<String> response = get("http://127.0.0.1:" + port + "/player/api/" + contentId
                + "/assign?viewer=" + viewer);
        return JsonMapper.shared().readValue(response.body(), Assignment.class);
    }

    private HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                .pollInterval(Duration.ofMillis(250)).until(condition::getAsBoolean);
    }
}
