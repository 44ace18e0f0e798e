package com.example.backupingest.portal.monitorlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.pipeline.TestEncoder;
import com.example.backupingest.monitor.remote.HttpStreamKeyDirectory;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.testing.MonitorApiAccess;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.live.LiveService;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.viewers.ViewerCounts;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remote monitors against the running portal over real HTTP, each with the secret of its role: the
 * ingest hosts ask for keys (one configured with a SHA-256 hash, the other with bcrypt) and follow
 * key revocations, two edge hosts (1 and 2 of 2) report viewers. Every secret opens one door: each
 * misuse is tried as an attacker holding that secret would, and is refused (403) and logged. Last,
 * real ingest hosts (nginx-rtmp, ffmpeg) drop an encoder within 2 s of its key being revoked (a new
 * key, the booking ended, the content removed), and the portal's Live page, following those hosts'
 * monitors as on separate hosts, says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the demo data without the demo profile (whose text-log settings would outlive this context)
        properties = {"spring.datasource.url=jdbc:h2:mem:portal-monitorlink;DB_CLOSE_DELAY=-1",
                "spring.flyway.locations=classpath:db/migration,classpath:db/demo",
                "portal.viewers.edge-urls=http://edge-1.test:8091,http://edge-2.test:8092",
                // a test-only Ed25519 key (openssl genpkey -algorithm ed25519 -outform DER | base64)
                "portal.viewers.ticket-private-key=MC4CAQAwBQYDK2VwBCIEIDZQEUTKICJ5lNi2XilIMU7ly+9tag8gCiERRMmnEHmJ"})
@ActiveProfiles("test")
@Import(TestAccounts.class)
@ExtendWith(OutputCaptureExtension.class)
class MonitorLinkTest {

    static final String DEMO_PRIMARY_KEY = "5l94CrtsnJob83R_DZt2-Em3P1KPqHFm";
    static final String DEMO_CONTENT = "nrdl7kq2va";
    static final String SECRET_A = "ingest-a-shared-secret-for-tests";
    static final String SECRET_B = "ingest-b-shared-secret-for-tests";
    static final String EDGE_1 = "edge-host-1-shared-secret-for-tests";
    static final String EDGE_2 = "edge-host-2-shared-secret-for-tests";
    /** How long an encoder of a revoked key may stay on air. */
    static final Duration DROP_WITHIN = Duration.ofSeconds(2);
    /** The monitor API ports of the ingest hosts the drop test starts: the portal follows them from its start. */
    static final int INGEST_A_API = FreePort.next();
    static final int INGEST_B_API = FreePort.next();

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired BookingService bookings;
    @Autowired StreamSetupService setup;
    @Autowired MonitorEventBus bus;
    @Autowired ViewerCounts counts;
    @Autowired LiveService live;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void monitors(DynamicPropertyRegistry registry) {
        monitor(registry, "ingest-a", sha256(SECRET_A), "ingest-a", null);
        monitor(registry, "ingest-b", "{bcrypt}" + new BCryptPasswordEncoder().encode(SECRET_B), "ingest-b", null);
        monitor(registry, "edge1", sha256(EDGE_1), "edge", 1);
        monitor(registry, "edge2", sha256(EDGE_2), "edge", 2);
        // the Live page follows the separate ingest hosts (as on separate hosts), not an in-process pipeline;
        // they are up in the drop test only, the clients retry meanwhile
        registry.add("portal.live.remote-monitors",
                () -> "http://127.0.0.1:" + INGEST_A_API + ",http://127.0.0.1:" + INGEST_B_API);
        registry.add("monitor.api.secret", () -> MonitorApiAccess.SECRET);
        registry.add("portal.live.reconnect-delay", () -> "500ms");
    }

    private static void monitor(DynamicPropertyRegistry registry, String name, String hash, String role,
            Integer host) {
        String prefix = "portal.monitorlink.monitors." + name;
        registry.add(prefix + ".secret-hash", () -> hash);
        registry.add(prefix + ".role", () -> role);
        if (host != null) {
            registry.add(prefix + ".host-index", () -> host);
        }
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_monitor_without_the_shared_secret_gets_401_and_no_key_information() throws Exception {
        HttpResponse<String> none = post("/api/monitor/authorize", null, body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));
        HttpResponse<String> wrong = post("/api/monitor/authorize", "Bearer not-the-secret",
                body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));
        HttpResponse<String> basic = post("/api/monitor/authorize", "Basic " + SECRET_A,
                body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));
        HttpResponse<String> hashAsSecret = post("/api/monitor/authorize", "Bearer " + sha256(SECRET_A),
                body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));

        for (HttpResponse<String> response : List.of(none, wrong, basic, hashAsSecret)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).doesNotContain(DEMO_CONTENT);
        }
        assertThat(new HttpStreamKeyDirectory(portal(), "not-the-secret", Duration.ofSeconds(2), JsonMapper.shared())
                .authorize(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY)).isEmpty();
    }

    @Test
    void a_monitor_with_its_secret_gets_the_grant_without_a_session() throws Exception {
        HttpResponse<String> response = post("/api/monitor/authorize", "Bearer " + SECRET_A,
                body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"contentId\":\"" + DEMO_CONTENT + "\"").doesNotContain(DEMO_PRIMARY_KEY);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void each_ingest_hosts_key_directory_gets_grants_for_its_own_entrypoint_only(CapturedOutput output)
            throws Exception {
        Booked booked = bookedCustomer("Scoped Keys GmbH");
        HttpStreamKeyDirectory ingestA = directory(SECRET_A);
        HttpStreamKeyDirectory ingestB = directory(SECRET_B);

        assertThat(ingestA.authorize(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY)).hasValueSatisfying(grant ->
                assertThat(grant).isEqualTo(new PublishGrant(grant.accountId(), DEMO_CONTENT, Entrypoint.PRIMARY, 1)));
        assertThat(ingestB.authorize(Entrypoint.BACKUP, booked.backupKey())).hasValueSatisfying(grant ->
                assertThat(grant.contentId()).isEqualTo(booked.contentId()));
        // ingest-b's secret once authorized a PRIMARY key: a stolen backup host could publish on A
        HttpResponse<String> primaryForB = post("/api/monitor/authorize", "Bearer " + SECRET_B,
                body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));
        assertThat(primaryForB.statusCode()).isEqualTo(403);
        assertThat(primaryForB.body()).doesNotContain(DEMO_CONTENT);
        assertThat(ingestB.authorize(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY)).isEmpty();
        assertThat(ingestB.authorize(Entrypoint.PRIMARY, booked.primaryKey())).isEmpty();
        assertThat(ingestA.authorize(Entrypoint.BACKUP, booked.backupKey())).isEmpty();
        assertThat(ingestA.authorize(Entrypoint.PRIMARY, "AnUnknownButPlausibleKey_123456")).isEmpty();
        assertThat(output.getAll()).contains("monitor ingest-a (ingest-a) asked for key",
                "monitor ingest-b (ingest-b) may not authorize PRIMARY keys",
                "monitor ingest-a (ingest-a) may not authorize BACKUP keys")
                .doesNotContain(DEMO_PRIMARY_KEY, booked.primaryKey(), booked.backupKey(), SECRET_A, SECRET_B);
    }

    @Test
    void an_edge_hosts_secret_gets_no_key_grant_and_no_revocation_stream(CapturedOutput output) throws Exception {
        for (String edge : List.of(EDGE_1, EDGE_2)) {
            HttpResponse<String> grant = post("/api/monitor/authorize", "Bearer " + edge,
                    body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));
            assertThat(grant.statusCode()).isEqualTo(403);
            assertThat(grant.body()).doesNotContain(DEMO_CONTENT);
            assertThat(status("/api/monitor/revocations", "Bearer " + edge)).isEqualTo(403);
        }
        assertThat(status("/api/monitor/revocations", null)).isEqualTo(401);
        assertThat(output.getAll()).contains("monitor edge1 (edge 1) may not authorize PRIMARY keys",
                "monitor edge2 (edge 2) may not follow key revocations").doesNotContain(DEMO_PRIMARY_KEY);
    }

    @Test
    void srt_passphrases_go_only_to_the_ingest_host_of_that_entrypoint_never_the_key(CapturedOutput output)
            throws Exception {
        Booked booked = bookedCustomer("SRT Scope GmbH");
        String primaryPassphrase = SrtPassphrases.of(booked.primaryKey());
        String backupPassphrase = SrtPassphrases.of(booked.backupKey());
        String askA = srtBody(Entrypoint.PRIMARY, booked.contentId());
        String askB = srtBody(Entrypoint.BACKUP, booked.contentId());

        // no secret, a forged one, the stored hash instead of the secret
        for (String authorization : java.util.Arrays.asList(null, "Bearer not-the-secret", "Bearer " + sha256(SECRET_A))) {
            HttpResponse<String> stranger = post("/api/monitor/srt-access", authorization, askA);
            assertThat(stranger.statusCode()).isEqualTo(401);
            assertThat(stranger.body()).doesNotContain(primaryPassphrase);
        }
        // an edge host, the other ingest host, a content that does not exist
        List<HttpResponse<String>> refused = List.of(post("/api/monitor/srt-access", "Bearer " + EDGE_1, askA),
                post("/api/monitor/srt-access", "Bearer " + SECRET_B, askA),
                post("/api/monitor/srt-access", "Bearer " + SECRET_A, askB),
                post("/api/monitor/srt-access", "Bearer " + SECRET_A, srtBody(Entrypoint.PRIMARY, "nosuchcontent")),
                post("/api/monitor/srt-access", "Bearer " + SECRET_A, "{\"entrypoint\":\"PRIMARY\",\"contentId\":\""
                        + booked.contentId() + "\\u0000x\"}"));
        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).doesNotContain(primaryPassphrase, backupPassphrase);
        }
        assertThat(post("/api/monitor/srt-access", "Bearer " + SECRET_A, "{\"contentId\":\"x\"}").statusCode())
                .isEqualTo(400);

        // each ingest host gets its own entrypoint's passphrase, derived from the key, never the key
        HttpResponse<String> own = post("/api/monitor/srt-access", "Bearer " + SECRET_A, askA);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(primaryPassphrase, "\"contentId\":\"" + booked.contentId() + "\"")
                .doesNotContain(booked.primaryKey(), backupPassphrase);
        assertThat(directory(SECRET_B).srtAccess(Entrypoint.BACKUP, booked.contentId()))
                .hasValueSatisfying(access -> assertThat(access.passphrase()).isEqualTo(backupPassphrase));
        assertThat(directory(SECRET_B).srtAccess(Entrypoint.PRIMARY, booked.contentId())).isEmpty();

        // a regenerated key changes the passphrase: the old one is worthless
        setup.regenerateKey(booked.contentId(), Entrypoint.PRIMARY);
        assertThat(directory(SECRET_A).srtAccess(Entrypoint.PRIMARY, booked.contentId()))
                .hasValueSatisfying(access -> assertThat(access.passphrase()).isNotEqualTo(primaryPassphrase)
                        .isEqualTo(SrtPassphrases.of(setup.revealKey(booked.contentId(), Entrypoint.PRIMARY))));
        assertThat(output.getAll()).contains("monitor ingest-b (ingest-b) may not ask for PRIMARY SRT passphrases",
                "monitor edge1 (edge 1) may not ask for PRIMARY SRT passphrases")
                .doesNotContain(primaryPassphrase, backupPassphrase, booked.primaryKey(), booked.backupKey());
    }

    @Test
    void an_ingest_host_follows_revocations_which_name_contents_never_keys() throws Exception {
        Booked booked = bookedCustomer("Revocation Stream AG");
        HttpRequest request = HttpRequest.newBuilder(portal().resolve("/api/monitor/revocations"))
                .header("Authorization", "Bearer " + SECRET_B).build();
        HttpResponse<InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(lines.readLine()).isEqualTo("event:Connected");

            setup.regenerateKey(booked.contentId(), Entrypoint.BACKUP);

            String event = readUntil(lines, "data:{\"contentId\"");
            assertThat(event).contains("\"contentId\":\"" + booked.contentId() + "\"", "\"entrypoint\":\"BACKUP\"",
                    "\"reason\":\"KEY_REGENERATED\"").doesNotContain(booked.backupKey(), booked.primaryKey());
        }
    }

    @Test
    void an_ingest_hosts_secret_cannot_report_viewers(CapturedOutput output) throws Exception {
        Booked booked = bookedCustomer("Not An Edge KG");
        bus.publish(new PublishStarted(booked.accountId(), booked.contentId(), Entrypoint.PRIMARY, 2, Instant.now()));

        HttpResponse<String> response = report(SECRET_A, 1, invented(500, booked, "edge-1"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(counts.ofAccount(booked.accountId())).as("no seat taken").isZero();
        assertThat(output.getAll()).contains("monitor ingest-a (ingest-a) may not report viewers");
    }

    @Test
    void an_edge_host_reports_its_own_edges_only_and_cannot_pose_as_another_host(CapturedOutput output)
            throws Exception {
        Booked booked = bookedCustomer("Two Hosts GmbH");
        bus.publish(new PublishStarted(booked.accountId(), booked.contentId(), Entrypoint.PRIMARY, 3, Instant.now()));

        // host 1 of 2 serves edge-1 and edge-3; edge-2 is host 2's
        HttpResponse<String> foreign = report(EDGE_1, 1, invented(500, booked, "edge-2"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("\"NOT_THIS_HOSTS_EDGE\":500", "\"accepted\":0");
        HttpResponse<String> posing = report(EDGE_1, 2, invented(20, booked, "edge-2"));
        assertThat(posing.statusCode()).isEqualTo(403);
        assertThat(counts.ofAccount(booked.accountId())).as("no seat taken").isZero();

        assertThat(report(EDGE_1, 1, seen(booked, "edge-1", "viewer-a1") + "," + seen(booked, "edge-3", "viewer-a3"))
                .statusCode()).isEqualTo(204);
        assertThat(report(EDGE_2, 2, seen(booked, "edge-2", "viewer-b2")).statusCode()).isEqualTo(204);
        assertThat(counts.perEdge(booked.contentId())).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("edge-1", 1, "edge-2", 1, "edge-3", 1));
        assertThat(output.getAll()).contains("monitor edge1 (edge 1) reported viewers outside its scope",
                "monitor edge1 (edge 1) may not report viewers as edge host 2");
    }

    @Test
    void viewers_of_a_content_that_does_not_exist_is_someone_elses_or_is_not_live_are_refused() throws Exception {
        Booked booked = bookedCustomer("Not Live Yet AG");
        Booked other = bookedCustomer("Someone Else AG");
        bus.publish(new PublishStarted(other.accountId(), other.contentId(), Entrypoint.PRIMARY, 1, Instant.now()));

        HttpResponse<String> inventedContent = report(EDGE_1, 1, invented(500,
                new Booked(booked.accountId(), "nosuchcontent", "", ""), "edge-1"));
        HttpResponse<String> notLive = report(EDGE_1, 1, invented(500, booked, "edge-1"));
        HttpResponse<String> wrongAccount = report(EDGE_1, 1, invented(50,
                new Booked(booked.accountId(), other.contentId(), "", ""), "edge-1"));
        HttpResponse<String> mixed = report(EDGE_1, 1, seen(other, "edge-1", "real-viewer") + ","
                + invented(30, booked, "edge-1"));

        assertThat(inventedContent.body()).contains("\"UNKNOWN_CONTENT\":500");
        assertThat(notLive.body()).contains("\"NOT_LIVE\":500");
        assertThat(wrongAccount.body()).contains("\"UNKNOWN_CONTENT\":50");
        assertThat(mixed.body()).contains("\"accepted\":1", "\"NOT_LIVE\":30");
        for (HttpResponse<String> response : List.of(inventedContent, notLive, wrongAccount, mixed)) {
            assertThat(response.statusCode()).isEqualTo(403);
        }
        assertThat(counts.ofAccount(booked.accountId())).isZero();
        assertThat(counts.ofAccount(other.accountId())).as("the real viewer in the mixed report").isEqualTo(1);
    }

    @Test
    void ingest_hosts_drop_the_encoder_of_a_revoked_key_a_cancelled_booking_and_a_removed_content_within_two_seconds_and_the_live_page_says_why()
            throws Exception {
        Booked booked = bookedCustomer("Revoked On Air GmbH");
        String content = booked.contentId();
        try (IngestHost a = new IngestHost("ingest-a", portal().toString(), SECRET_A, INGEST_A_API);
                IngestHost b = new IngestHost("ingest-b", portal().toString(), SECRET_B, INGEST_B_API);
                TestEncoder oldPrimary = TestEncoder.publish(a.rtmpPort(), booked.primaryKey());
                TestEncoder backup = TestEncoder.publish(b.rtmpPort(), booked.backupKey())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> a.publishing(content).isPresent()
                    && b.publishing(content).isPresent() && a.followsRevocations() && b.followsRevocations());

            long regenerated = System.nanoTime();
            setup.regenerateKey(content, Entrypoint.PRIMARY);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> a.publishing(content).isEmpty());
            Duration dropped = Duration.ofNanos(System.nanoTime() - regenerated);
            System.out.printf("revocation: key regenerated -> old encoder dropped on ingest-a after %d ms%n",
                    dropped.toMillis());
            assertThat(dropped).isLessThan(DROP_WITHIN);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(a.events).anySatisfy(e -> assertThat(e)
                    .isInstanceOfSatisfying(PublishEnded.class,
                            ended -> assertThat(ended.reason()).isEqualTo(RevocationReason.KEY_REGENERATED.endReason()))));
            assertThat(oldPrimary.process().waitFor(5, TimeUnit.SECONDS)).as("the old encoder was disconnected").isTrue();
            assertThat(b.publishing(content)).as("the backup key is still valid").isPresent();
            await().atMost(Duration.ofSeconds(5)).until(() -> a.monitor().pipeline().health(content, Entrypoint.PRIMARY)
                    .filter(h -> h.reason().equals(RevocationReason.KEY_REGENERATED.healthReason())).isPresent());
            // the portal's Live page, following ingest-a over its monitor API, says why
            await("the Live page's reason from ingest-a").pollInSameThread().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(live.snapshot(content).health(Entrypoint.PRIMARY))
                            .hasValueSatisfying(h -> assertThat(h.reason())
                                    .isEqualTo(RevocationReason.KEY_REGENERATED.healthReason())));

            // the old key stays out; the new one publishes
            try (TestEncoder stale = TestEncoder.publish(a.rtmpPort(), booked.primaryKey())) {
                assertThat(stale.process().waitFor(15, TimeUnit.SECONDS)).as("the old key refused").isTrue();
            }
            try (TestEncoder renewed = TestEncoder.publish(a.rtmpPort(), setup.revealKey(content, Entrypoint.PRIMARY))) {
                await().atMost(Duration.ofSeconds(15)).until(() -> a.publishing(content).isPresent());

                // the booking ends: the backup key goes, the kept content's primary key stays
                long cancelled = System.nanoTime();
                bookings.cancel(Locale.ENGLISH);
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                        .until(() -> b.publishing(content).isEmpty());
                Duration backupDropped = Duration.ofNanos(System.nanoTime() - cancelled);
                System.out.printf("revocation: booking cancelled -> backup encoder dropped on ingest-b after %d ms%n",
                        backupDropped.toMillis());
                assertThat(backupDropped).isLessThan(DROP_WITHIN);
                // the publish is gone from nginx a moment before its PublishEnded reaches the followed events
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(b.events).anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(PublishEnded.class,
                                ended -> assertThat(ended.reason()).isEqualTo(RevocationReason.BOOKING_ENDED.endReason()))));
                assertThat(a.publishing(content)).as("the primary key outlives the booking").isPresent();
                assertThat(renewed.alive()).isTrue();
                await("the Live page's reason from ingest-b").pollInSameThread().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(live.snapshot(content).health(Entrypoint.BACKUP))
                                .hasValueSatisfying(h -> assertThat(h.reason())
                                        .isEqualTo(RevocationReason.BOOKING_ENDED.healthReason())));

                // booked again for another content: "Livestream" is removed, its primary encoder dropped
                long removed = System.nanoTime();
                bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Keynote"), true), Locale.ENGLISH);
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                        .until(() -> a.publishing(content).isEmpty());
                Duration removedDropped = Duration.ofNanos(System.nanoTime() - removed);
                System.out.printf("revocation: content removed -> primary encoder dropped on ingest-a after %d ms%n",
                        removedDropped.toMillis());
                assertThat(removedDropped).isLessThan(DROP_WITHIN);
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(a.events).anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(PublishEnded.class,
                                ended -> assertThat(ended.reason()).isEqualTo(RevocationReason.CONTENT_REMOVED.endReason()))));
                assertThat(renewed.process().waitFor(5, TimeUnit.SECONDS)).as("the encoder was disconnected").isTrue();
            }
        }
    }

    /** A customer with the add-on booked in parallel mode for one content, signed in on this thread. */
    private Booked bookedCustomer(String company) {
        PortalUser customer = accounts.customer(company, 2, 100);
        TestAccounts.signIn(customer);
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream"), true), Locale.ENGLISH);
        String content = setup.contents().getFirst().contentId();
        return new Booked(Objects.requireNonNull(customer.accountId()), content,
                setup.revealKey(content, Entrypoint.PRIMARY), setup.revealKey(content, Entrypoint.BACKUP));
    }

    record Booked(long accountId, String contentId, String primaryKey, String backupKey) {
    }

    private HttpStreamKeyDirectory directory(String secret) {
        return new HttpStreamKeyDirectory(portal(), secret, Duration.ofSeconds(2), JsonMapper.shared());
    }

    private static String invented(int viewers, Booked booked, String edge) {
        return IntStream.range(0, viewers).mapToObj(i -> seen(booked, edge, "invented-" + i))
                .collect(Collectors.joining(","));
    }

    private static String seen(Booked booked, String edge, String viewer) {
        return "{\"accountId\":" + booked.accountId() + ",\"contentId\":\"" + booked.contentId() + "\",\"edgeId\":\""
                + edge + "\",\"viewerId\":\"" + viewer + "\",\"at\":\"" + Instant.now() + "\"}";
    }

    private HttpResponse<String> report(String secret, int edgeHost, String entries) throws Exception {
        return post("/api/monitor/viewers", "Bearer " + secret,
                "{\"edgeHost\":" + edgeHost + ",\"seen\":[" + entries + "]}");
    }

    private static String readUntil(BufferedReader lines, String prefix) throws Exception {
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("stream ended before " + prefix);
    }

    private URI portal() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static String sha256(String secret) {
        return HexFormat.of().formatHex(MonitorSecrets.sha256(secret));
    }

    private static String srtBody(Entrypoint entrypoint, String contentId) {
        return "{\"entrypoint\":\"" + entrypoint + "\",\"contentId\":\"" + contentId + "\"}";
    }

    private static String body(Entrypoint entrypoint, String key) {
        return "{\"entrypoint\":\"" + entrypoint + "\",\"streamKey\":\"" + key + "\"}";
    }

    /** The status of a GET; the revocation stream stays open, so its body is not read. */
    private int status(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal().resolve(path)).timeout(Duration.ofSeconds(5));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal().resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
