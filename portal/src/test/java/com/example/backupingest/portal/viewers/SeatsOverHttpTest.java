package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.ViewerTicket;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.portal.account.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The assignment endpoint and the edge hosts' viewer reports over real HTTP, on a running portal
 * without an in-process pipeline (publishes are put on its bus as a remote monitor's would be).
 * Short seat times (2 s grace, 1 s release) keep the seat tests to a few seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:portal-seats-http;DB_CLOSE_DELAY=-1",
                "monitor.viewers.first-load-grace=2s", "monitor.viewers.release-after=1s"})
@ActiveProfiles("test")
@Import(TestAccounts.class)
class SeatsOverHttpTest {

    private static final String EDGE_SECRET = "edge-host-1-secret-for-tests";

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MonitorEventBus bus;
    @Autowired TicketIssuer issuer;
    @Autowired ViewerCounts counts;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void edgeHost(DynamicPropertyRegistry registry) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(EDGE_SECRET.getBytes(StandardCharsets.UTF_8));
        registry.add("portal.monitorlink.monitors.edge-1.secret-hash", () -> HexFormat.of().formatHex(hash));
        registry.add("portal.monitorlink.monitors.edge-1.role", () -> "edge");
        registry.add("portal.monitorlink.monitors.edge-1.host-index", () -> "1");
    }

    @Test
    void an_unknown_content_is_404_unknown_and_never_cached() throws Exception {
        HttpResponse<String> response = get("/player/api/nosuchcontent/assign?viewer=viewer-0001");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(assignment(response)).isEqualTo(Assignment.waiting(Assignment.UNKNOWN, 0));
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?viewer=short", "?viewer=has%20space%20inside", "?viewer=semi;colon-12",
            "?viewer=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "?viewer=viewer-0001&avoid=edge-x", "?viewer=viewer-0001&avoid=edge-0"})
    void a_malformed_viewer_id_or_edge_is_400(String query) throws Exception {
        String content = contentOf(account(5));

        assertThat(get("/player/api/" + content + "/assign" + query).statusCode()).isEqualTo(400);
    }

    @Test
    void a_viewer_waits_until_the_broadcast_is_on_air_and_is_told_when_it_ended() throws Exception {
        long account = account(5);
        String content = contentOf(account);
        String path = "/player/api/" + content + "/assign?viewer=viewer-0001";

        assertThat(assignment(get(path))).isEqualTo(Assignment.waiting(Assignment.NOT_LIVE_YET, 5));

        bus.publish(new PublishStarted(account, content, Entrypoint.PRIMARY, 1, Instant.now()));
        HttpResponse<String> response = get(path);
        Assignment live = assignment(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(live.state()).isEqualTo(Assignment.LIVE);
        assertThat(live.edgeId()).isEqualTo("edge-1");
        String prefix = "http://127.0.0.1:" + port + "/edge/" + content + "/edge-1/v/";
        assertThat(live.master()).startsWith(prefix).endsWith("/master.m3u8");
        String ticket = live.master().substring(prefix.length(), live.master().length() - "/master.m3u8".length());
        assertThat(issuer.verifier().verify(ticket)).hasValueSatisfying(t -> assertThat(t).isEqualTo(
                new ViewerTicket(content, "edge-1", "viewer-0001", TicketKind.VIEWER, t.issuedAt(), t.expiresAt())));

        bus.publish(new PublishEnded(account, content, Entrypoint.PRIMARY, Instant.now(), "publish_done"));
        assertThat(assignment(get(path))).isEqualTo(Assignment.waiting(Assignment.ENDED, 10));
    }

    @Test
    void with_two_seats_the_third_viewer_waits_until_one_viewer_leaves() throws Exception {
        long account = account(2);
        String content = contentOf(account);
        bus.publish(new PublishStarted(account, content, Entrypoint.PRIMARY, 1, Instant.now()));

        assertThat(assign(content, "viewer-aaaa").state()).isEqualTo(Assignment.LIVE);
        assertThat(assign(content, "viewer-bbbb").state()).isEqualTo(Assignment.LIVE);
        assertThat(assign(content, "viewer-cccc").state()).as("tickets hold no seats").isEqualTo(Assignment.LIVE);
        // playback takes the seats: the edge host reports the first loads of a and b
        assertThat(report("Bearer " + EDGE_SECRET, account, content, "viewer-aaaa").statusCode()).isEqualTo(204);
        assertThat(report("Bearer " + EDGE_SECRET, account, content, "viewer-bbbb").statusCode()).isEqualTo(204);
        HttpResponse<String> third = report("Bearer " + EDGE_SECRET, account, content, "viewer-cccc");
        assertThat(third.statusCode()).as("no seat for c's first load").isEqualTo(200);
        assertThat(third.body()).isEqualTo("{\"refused\":[{\"contentId\":\"" + content
                + "\",\"edgeId\":\"edge-1\",\"viewerId\":\"viewer-cccc\"}],\"accepted\":1,\"outOfScope\":{}}");
        assertThat(assign(content, "viewer-cccc")).isEqualTo(Assignment.waiting(Assignment.SEATS_FULL, 3));
        assertThat(assign(content, "viewer-cccc").state()).isEqualTo(Assignment.SEATS_FULL);
        assertThat(seatsFullRows(account)).as("one timeline row per episode").isEqualTo(1);

        // viewer-aaaa keeps playing (its edge host reports it); viewer-bbbb closed its tab
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            assertThat(report("Bearer " + EDGE_SECRET, account, content, "viewer-aaaa").statusCode()).isEqualTo(204);
            assertThat(assign(content, "viewer-cccc").state()).isEqualTo(Assignment.LIVE);
        });
        assertThat(report("Bearer " + EDGE_SECRET, account, content, "viewer-cccc").statusCode()).isEqualTo(204);
        assertThat(counts.ofAccount(account)).isEqualTo(2);
        assertThat(assign(content, "viewer-aaaa").state()).as("still holds its seat").isEqualTo(Assignment.LIVE);
        assertThat(assign(content, "viewer-bbbb").state()).isEqualTo(Assignment.SEATS_FULL);
        assertThat(seatsFullRows(account)).as("a new episode").isEqualTo(2);
    }

    @Test
    void a_client_address_gets_100_tickets_at_once_then_429_busy_with_retry_after_and_others_are_served()
            throws Exception {
        long account = account(1_000);
        String content = contentOf(account);
        bus.publish(new PublishStarted(account, content, Entrypoint.PRIMARY, 1, Instant.now()));
        HttpClient office = HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName("127.0.0.5")).build();
        String path = "http://127.0.0.1:" + port + "/player/api/" + content + "/assign?viewer=";
        int live = 0;
        HttpResponse<String> busy = null;
        long start = System.nanoTime();
        for (int i = 0; i < 300 && busy == null; i++) {
            HttpResponse<String> answer = office.send(HttpRequest.newBuilder(URI.create(path + "office-viewer-" + i))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 429) {
                busy = answer;
            } else {
                live++;
            }
        }

        double seconds = (System.nanoTime() - start) / 1e9;
        // the burst (an office starting a town hall), plus the refill of 10 a second while it ran
        assertThat(live).isBetween(100, 100 + (int) Math.ceil(seconds * 10));
        assertThat(busy).isNotNull();
        assertThat(busy.statusCode()).isEqualTo(429);
        assertThat(assignment(busy).state()).isEqualTo(Assignment.BUSY);
        assertThat(busy.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v))
                .isBetween(1, 2));
        assertThat(busy.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(assign(content, "someone-elsewhere").state()).as("another address").isEqualTo(Assignment.LIVE);
        assertThat(counts.ofAccount(account)).as("tickets hold no seats").isZero();
    }

    @Test
    void edge_hosts_report_viewers_with_their_secret_and_malformed_entries_are_refused() throws Exception {
        long account = account(100);
        String content = contentOf(account);
        bus.publish(new PublishStarted(account, content, Entrypoint.PRIMARY, 2, Instant.now()));
        String body = "{\"edgeHost\":1,\"seen\":["
                + entry(account, content, "edge-1", "viewer-1111") + ","
                + entry(account, content, "edge-2", "viewer-2222") + ","
                + entry(account, content, "edge-2", "viewer-3333") + ","
                + entry(account, content, "not-an-edge", "viewer-4444") + ","
                + entry(0, content, "edge-1", "viewer-5555").replace("\"accountId\":0,", "") + ","
                + "{\"accountId\":" + account + ",\"contentId\":\"" + content + "\"}]}";

        assertThat(post(null, body).statusCode()).isEqualTo(401);
        assertThat(post("Bearer not-the-secret", body).statusCode()).isEqualTo(401);
        assertThat(counts.ofAccount(account)).isZero();

        // one edge host (no edge URLs): it serves every edge; the malformed entries are refused and counted
        HttpResponse<String> accepted = post("Bearer " + EDGE_SECRET, body);
        assertThat(accepted.statusCode()).isEqualTo(403);
        assertThat(accepted.body()).contains("\"accepted\":3", "\"MALFORMED\":3");
        assertThat(accepted.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(counts.perEdge(content)).isEqualTo(Map.of("edge-1", 1, "edge-2", 2));
        assertThat(counts.ofAccount(account)).isEqualTo(3);
    }

    private long account(int seats) {
        return Objects.requireNonNull(accounts.customer("Seats " + seats, 1, seats).accountId());
    }

    private String contentOf(long account) {
        return jdbc.sql("select content_id from content where account_id = ?").param(account)
                .query(String.class).single();
    }

    private int seatsFullRows(long account) {
        return jdbc.sql("select count(*) from failover_event where account_id = ? and kind = 'SEATS_FULL'")
                .param(account).query(Integer.class).single();
    }

    private Assignment assign(String content, String viewer) throws Exception {
        return assignment(get("/player/api/" + content + "/assign?viewer=" + viewer));
    }

    private static Assignment assignment(HttpResponse<String> response) {
        return JsonMapper.shared().readValue(response.body(), Assignment.class);
    }

    private HttpResponse<String> report(String authorization, long account, String content, String viewer)
            throws Exception {
        return post(authorization, "{\"edgeHost\":1,\"seen\":[" + entry(account, content, "edge-1", viewer) + "]}");
    }

    private static String entry(long account, String content, String edge, String viewer) {
        return "{\"accountId\":" + account + ",\"contentId\":\"" + content + "\",\"edgeId\":\"" + edge
                + "\",\"viewerId\":\"" + viewer + "\",\"address\":\"192.0.2.4\",\"at\":\"" + Instant.now() + "\"}";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/monitor/viewers")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
