package com.example.backupingest.portal.monitorlink;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.PublishGrant;
import com.example.backupingest.monitor.remote.HttpStreamKeyDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remote monitors ask the running portal over real HTTP for the demo content's keys; one monitor
 * is configured with a SHA-256 hash, the other with bcrypt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the demo data without the demo profile (whose text-log settings would outlive this context)
        properties = {"spring.datasource.url=jdbc:h2:mem:portal-monitorlink;DB_CLOSE_DELAY=-1",
                "spring.flyway.locations=classpath:db/migration,classpath:db/demo"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class MonitorLinkTest {

    static final String DEMO_PRIMARY_KEY = "5l94CrtsnJob83R_DZt2-Em3P1KPqHFm";
    static final String SECRET_A = "ingest-a-shared-secret-for-tests";
    static final String SECRET_B = "ingest-b-shared-secret-for-tests";

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void monitors(DynamicPropertyRegistry registry) {
        registry.add("portal.monitorlink.monitors.ingest-a.secret-hash",
                () -> HexFormat.of().formatHex(MonitorSecrets.sha256(SECRET_A)));
        registry.add("portal.monitorlink.monitors.ingest-b.secret-hash",
                () -> "{bcrypt}" + new BCryptPasswordEncoder().encode(SECRET_B));
    }

    @Test
    void a_monitor_without_the_shared_secret_gets_401_and_no_key_information() throws Exception {
        HttpResponse<String> none = post(null, body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));
        HttpResponse<String> wrong = post("Bearer not-the-secret", body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));
        HttpResponse<String> basic = post("Basic " + SECRET_A, body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));
        HttpResponse<String> hashAsSecret = post("Bearer " + HexFormat.of().formatHex(MonitorSecrets.sha256(SECRET_A)),
                body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));

        for (HttpResponse<String> response : java.util.List.of(none, wrong, basic, hashAsSecret)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).doesNotContain("nrdl7kq2va");
        }
        assertThat(new HttpStreamKeyDirectory(portal(), "not-the-secret", Duration.ofSeconds(2), JsonMapper.shared())
                .authorize(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY)).isEmpty();
    }

    @Test
    void a_monitor_with_its_secret_gets_the_grant_without_a_session() throws Exception {
        HttpResponse<String> response = post("Bearer " + SECRET_A, body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"contentId\":\"nrdl7kq2va\"").doesNotContain(DEMO_PRIMARY_KEY);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void the_monitors_key_directory_gets_grants_and_refusals_from_the_portal() {
        HttpStreamKeyDirectory directory = new HttpStreamKeyDirectory(portal(), SECRET_B, Duration.ofSeconds(2),
                JsonMapper.shared());

        assertThat(directory.authorize(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY)).hasValueSatisfying(grant ->
                assertThat(grant).isEqualTo(new PublishGrant(grant.accountId(), "nrdl7kq2va", Entrypoint.PRIMARY, 1)));
        assertThat(directory.authorize(Entrypoint.BACKUP, DEMO_PRIMARY_KEY)).isEmpty();
        assertThat(directory.authorize(Entrypoint.PRIMARY, "AnUnknownButPlausibleKey_123456")).isEmpty();
    }

    @Test
    void a_refused_key_is_403_and_never_logged(CapturedOutput output) throws Exception {
        HttpResponse<String> wrongEntrypoint = post("Bearer " + SECRET_A, body(Entrypoint.BACKUP, DEMO_PRIMARY_KEY));
        HttpResponse<String> granted = post("Bearer " + SECRET_A, body(Entrypoint.PRIMARY, DEMO_PRIMARY_KEY));

        assertThat(wrongEntrypoint.statusCode()).isEqualTo(403);
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(output.getAll()).contains("monitor ingest-a asked for key").doesNotContain(DEMO_PRIMARY_KEY)
                .doesNotContain(SECRET_A);
    }

    private URI portal() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static String body(Entrypoint entrypoint, String key) {
        return "{\"entrypoint\":\"" + entrypoint + "\",\"streamKey\":\"" + key + "\"}";
    }

    private HttpResponse<String> post(String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal().resolve("/api/monitor/authorize"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
