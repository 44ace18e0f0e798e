package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.FreePort;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's actuator on a real port behind the operator chain: what anonymous callers and the
 * operator see, health of a followed monitor (a real HTTP server) and the metrics operators scrape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-ops-tests;DB_CLOSE_DELAY=-1",
        "portal.ops.operator-username=op",
        // "operator-demo", the demo profile's hash
        "portal.ops.operator-password-hash={bcrypt}$2a$10$fC6qMYPhJltPycokvecoQu1Cw8G8Pl6LzN2qZETlZS4RsauUisS/i"})
@ActiveProfiles("test")
class PortalActuatorTest {

    static final String PASSWORD = "operator-demo";
    static final HttpServer MONITOR = remoteMonitor();
    static final int DEAD_PORT = FreePort.next();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void followedMonitors(DynamicPropertyRegistry registry) {
        registry.add("portal.live.remote-monitors", () -> "http://127.0.0.1:" + MONITOR.getAddress().getPort()
                + ",http://127.0.0.1:" + DEAD_PORT + "/");
        registry.add("spring.mail.port", () -> DEAD_PORT); // SMTP down
    }

    @AfterAll
    static void stopMonitor() {
        MONITOR.stop(0);
    }

    @Test
    void anonymous_callers_get_health_and_info_only() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null, null);
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"status\"").doesNotContain("components", "db", "mail");
        assertThat(get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info", null, null).statusCode()).isEqualTo(200);
        for (String path : List.of("/actuator", "/actuator/prometheus", "/actuator/metrics",
                "/actuator/metrics/jvm.memory.used")) {
            assertThat(get(path, null, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "op", "guess").statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void operator_sees_database_mail_and_each_remote_monitor_while_readiness_ignores_smtp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "op", PASSWORD);
        JsonNode health = JsonMapper.builder().build().readTree(response.body());

        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/mail/status").asString()).isEqualTo("DOWN");
        String live = "127.0.0.1:" + MONITOR.getAddress().getPort();
        assertThat(health.at("/components/remoteMonitors/components/" + live + "/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/remoteMonitors/components/127.0.0.1:" + DEAD_PORT + "/status").asString())
                .isEqualTo("DOWN");
        assertThat(response.statusCode()).isEqualTo(503);
        HttpResponse<String> readiness = get("/actuator/health/readiness", null, null);
        assertThat(readiness.statusCode()).as("the outbox holds mail while SMTP is down").isEqualTo(200);
    }

    @Test
    void prometheus_shows_outbox_backlog_retries_login_failures_and_push_sessions() throws Exception {
        mail("PENDING", 2);
        mail("PENDING", 0);
        mail("FAILED", 5);
        mail("SENT", 1);
        assertThat(get("/actuator/prometheus", "op", "wrong").statusCode()).isEqualTo(401);

        HttpResponse<String> scrape = get("/actuator/prometheus", "op", PASSWORD);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("portal_outbox_mails{status=\"pending\"} 2.0")
                .contains("portal_outbox_mails{status=\"failed\"} 1.0")
                .contains("portal_outbox_attempts 7.0")
                .containsPattern("portal_login_failures_total\\{type=\"BadCredentialsException\"} [1-9]")
                .contains("portal_push_sessions 0.0");
    }

    /** Due tomorrow, so the running relay leaves the rows (and their attempts) alone. */
    private void mail(String status, int attempts) {
        jdbc.sql("insert into outbox_mail (created_at, recipient, subject, body_html, body_text, status, attempts,"
                        + " next_attempt_at, version) values (?, 'ops@test.example', 's', 'h', 't', ?, ?, ?, 0)")
                .params(Instant.now(), status, attempts, Instant.now().plus(Duration.ofDays(1))).update();
    }

    private HttpResponse<String> get(String path, @Nullable String user, @Nullable String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A stand-in monitor answering its readiness group as the real one does. */
    private static HttpServer remoteMonitor() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/actuator/health/readiness", exchange -> {
                byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
