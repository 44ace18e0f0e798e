package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.viewers.Assignment;
import com.example.backupingest.portal.viewers.ViewerCounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default end to end, with tickets required: demo encoders publish to both real
 * nginx-rtmp entrypoints, the player's assignment names the in-process edge on the portal's port,
 * that edge admits the portal's ticket (one shared issuer) and reports the viewer to the seat
 * ledger; an ingest failover keeps the broadcast live and the viewer on its edge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:embedded-viewers;DB_CLOSE_DELAY=-1",
                "monitor.viewers.require-ticket=true"})
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
    void a_player_gets_a_ticketed_edge_on_the_portals_port_plays_from_it_and_holds_a_seat() throws Exception {
        long account = customers.signedInWithParallelBooking("Viewers Embedded GmbH", Locale.GERMAN).accountId();
        contentId = customers.contentId();
        assertThat(assign("viewer-embedded-1").state()).isEqualTo(Assignment.NOT_LIVE_YET);

        demo.start(contentId);
        waitFor("the broadcast on air", Duration.ofSeconds(45),
                () -> Assignment.LIVE.equals(assign("viewer-embedded-1").state()));
        Assignment live = assign("viewer-embedded-1");
        assertThat(live.master()).startsWith("http://127.0.0.1:" + port + "/edge/" + contentId + "/edge-1/v/");

        waitFor("the edge's master playlist", Duration.ofSeconds(30), () -> get(live.master()).statusCode() == 200);
        String master = get(live.master()).body();
        assertThat(master).contains("480p/index.m3u8");
        URI media = URI.create(live.master()).resolve("480p/index.m3u8");
        waitFor("the 480p playlist", Duration.ofSeconds(30), () -> get(media.toString()).statusCode() == 200);
        assertThat(get("http://127.0.0.1:" + port + "/edge/" + contentId + "/edge-1/master.m3u8").statusCode())
                .as("without a ticket").isEqualTo(403);
        assertThat(counts.perEdge(contentId)).isEqualTo(Map.of("edge-1", 1));
        assertThat(counts.ofAccount(account)).isEqualTo(1);

        assertThat(demo.kill(contentId, Entrypoint.PRIMARY)).isTrue();
        Thread.sleep(3_000); // the monitor's PublishEnded and health have seen the primary go
        Assignment afterFailover = assign("viewer-embedded-1");
        assertThat(afterFailover.state()).as("the backup still receives it").isEqualTo(Assignment.LIVE);
        assertThat(afterFailover.edgeId()).isEqualTo(live.edgeId());
        assertThat(get(afterFailover.master()).statusCode()).isEqualTo(200);
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
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
            }
            Thread.sleep(250);
        }
    }
}
