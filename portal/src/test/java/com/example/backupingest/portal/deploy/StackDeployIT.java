package com.example.backupingest.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.pipeline.TestEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-stack.yml on a one-node swarm of the test's Docker engine (`docker swarm init`), with the
 * images of the compose build: node labels place every role, and a role whose label no node has stays
 * pending ("no suitable node") until the label comes. Then the deployed stack carries a stream end to
 * end: ffmpeg publishes to ingest-a's host-mode RTMP port (key checked by the portal over net-a), a
 * viewer asks the portal's player API for an edge and loads the ticketed playlists and a segment from
 * that edge's published port. The HLS origins answer only the edges (origin-a/-b), ingest-a cannot
 * reach ingest-b; `docker stack rm` and leaving the swarm leave nothing behind.
 */
@Tag("containers")
class StackDeployIT {

    private static final Logger log = LoggerFactory.getLogger(StackDeployIT.class);
    private static final String STACK = "backup-ingest-it-stack";
    private static final List<String> SERVICES = List.of("postgres", "mail", "portal", "ingest-a", "ingest-b", "edge-1",
            "edge-2", "edge-3");
    private static final List<String> ROLES_BUT_INGEST_B = List.of("portal", "ingest-a", "edge-1", "edge-2", "edge-3");

    @TempDir Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private SwarmStack stack;
    private TestEncoder encoder;

    @AfterEach
    void tearDown() throws Exception {
        if (encoder != null) {
            encoder.close();
        }
        if (stack != null) {
            stack.saveLogs(ContainerTopologyIT.LOGS, SERVICES);
            stack.remove();
        }
    }

    @Test
    void the_stack_deploys_on_a_one_node_swarm_with_every_role_placed_by_its_node_label() throws Exception {
        DockerEngine.require();
        ContainerEnv env = ContainerEnv.write(dir.resolve("stack.env"));
        // the images the compose file builds (cached layers when ContainerTopologyIT ran first)
        new ComposeProject(ContainerTopologyIT.PROJECT, env, List.of()).build();
        stack = new SwarmStack(STACK, env);
        stack.joinOrInit();
        ROLES_BUT_INGEST_B.forEach(stack::label);
        long started = System.nanoTime();
        stack.deploy();

        AtomicReference<Object> ingestB = new AtomicReference<>("no answer yet");
        try {
            await("ingest-b pending: no node has its label").atMost(Duration.ofSeconds(60)).until(() -> {
                try {
                    List<String> tasks = stack.tasks("ingest-b");
                    ingestB.set(tasks);
                    return tasks.stream().anyMatch(t -> t.startsWith("Pending") && t.contains("no suitable node"));
                } catch (RuntimeException e) {
                    ingestB.set(e);
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("ingest-b not pending for want of its label; its tasks: " + ingestB.get(), e);
        }
        assertThat(stack.container("ingest-b")).as("nothing of ingest-b runs without its label").isEmpty();
        stack.label("ingest-b");
        await("every service healthy").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions().until(() -> SERVICES.stream().allMatch(s -> "healthy".equals(stack.health(s))));
        log.info("stack {} healthy on a one-node swarm {} s after the deploy", STACK,
                Math.round((System.nanoTime() - started) / 1e9));

        String portal = env.url("PORTAL_PORT");
        assertThat(status(portal + "/login")).as("the portal on its host-mode port").isEqualTo(200);
        assertThat(stack.exec("ingest-a", "curl", "-sS", "-m", "3", "http://ingest-b:8080/").exitCode())
                .as("ingest-a cannot resolve ingest-b").isEqualTo(6);
        for (String[] origin : List.of(new String[] {"ingest-a", "8181"}, new String[] {"ingest-b", "8182"})) {
            String url = "http://" + origin[0] + ":" + origin[1] + "/hls/none/480p/index.m3u8";
            assertThat(httpCode("portal", url)).as("portal -> " + url).isEqualTo("403");
            assertThat(httpCode("edge-2", url)).as("edge-2 -> " + url).isEqualTo("404");
        }

        // an edge learns of a stream from the PublishStarted it sees (no replay): follow both ingest hosts first
        for (String edge : List.of("edge-1", "edge-2", "edge-3")) {
            await(edge + " following both ingest hosts").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> {
                        String follow = stack.exec(edge, ContainerEnv.FOLLOW_STATUS).orFail();
                        return follow.contains("ingest-a") && follow.contains("ingest-b")
                                && !follow.contains("\"connected\":false");
                    });
        }

        String content = "swarm" + UUID.randomUUID().toString().substring(0, 5);
        String key = UUID.randomUUID().toString().replace("-", "");
        seed(content, key);
        encoder = TestEncoder.publish(env.port("RTMP_A_PORT"), key);
        AtomicReference<JsonNode> assignment = new AtomicReference<>();
        await("the portal assigning a viewer to an edge").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                    assignment.set(JsonMapper.shared().readTree(body(portal + "/player/api/" + content
                            + "/assign?viewer=swarm-viewer-0001")));
                    return "live".equals(assignment.get().path("state").asString());
                });
        String master = assignment.get().path("master").asString();
        String edge = assignment.get().path("edgeId").asString();
        assertThat(master).as("the edge host's published port").startsWith(
                env.url("EDGE_" + edge.substring(edge.length() - 1) + "_PORT") + "/edge/" + content + "/" + edge + "/v/");
        AtomicReference<String> variant = new AtomicReference<>();
        AtomicReference<String> segment = new AtomicReference<>();
        await("the ticketed playlists and a segment on the edge").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                    variant.set(URI.create(master).resolve(body(master).lines().filter(l -> l.endsWith(".m3u8"))
                            .findFirst().orElseThrow()).toString());
                    segment.set(body(variant.get()).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .reduce((a, b) -> b).orElseThrow());
                    return true;
                });
        HttpResponse<byte[]> bytes = http.send(HttpRequest.newBuilder(URI.create(variant.get()).resolve(segment.get()))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body().length).as("a segment of the stream").isGreaterThan(1000);
        log.info("stream through the stack: ingest-a -> {} ({} bytes segment)", edge, bytes.body().length);

        encoder.close();
        encoder = null;
        stack.saveLogs(ContainerTopologyIT.LOGS, SERVICES);
        stack.remove();
        assertThat(stack.leftovers()).as("stack rm and leaving the swarm leave nothing").isEmpty();
        stack = null;
    }

    /** An account with one content and its primary key, as the provider's customer directory and a booking would leave it. */
    private void seed(String content, String key) {
        String sql = """
                insert into account (number, company_name, contact_email, base_plan, viewer_seats, livestream_slots, locale)
                values ('S-%1$s', 'Swarm Test GmbH', 'kontakt-%1$s@swarm-test.example', 'Streaming L', 500, 1, 'en');
                insert into content (account_id, content_id, name, position, active)
                select id, '%1$s', 'Livestream', 1, true from account where number = 'S-%1$s';
                insert into stream_key (content_id, entrypoint, key_value, created_at)
                select id, 'PRIMARY', '%2$s', current_timestamp from content where content_id = '%1$s';
                """.formatted(content, key);
        stack.exec("postgres", "psql", "-v", "ON_ERROR_STOP=1", "-q", "-U", "portal", "-d", "portal", "-c", sql)
                .orFail();
    }

    private String httpCode(String from, String url) {
        return stack.exec(from, "curl", "-sS", "-m", "3", "-o", "/dev/null", "-w", "%{http_code}", url).out().strip();
    }

    private int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String body(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode());
        }
        return response.body();
    }
}
