package com.example.backupingest.monitor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A standalone ingest host (role ingest-a, real nginx-rtmp and ffmpeg) takes nginx's callbacks from
 * loopback only. "Another host" is 127.0.0.2: the same machine, a different source address, which a
 * check for "any loopback address" would wrongly admit.
 */
@Tag("media")
class RtmpCallbackLockdownTest {

    private static final String KEY = "lockdownCallbackKey71";
    private static final String CONTENT = "cbk";
    private static final HttpClient OTHER_HOST = client("127.0.0.2");
    private static final HttpClient NGINX_HOST = client("127.0.0.1");

    private static RunningMonitor monitor;
    private static final List<MonitorEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void anIngestHost() throws Exception {
        monitor = new RunningMonitor(Map.of(KEY, "4:" + CONTENT + ":A:1"), "--monitor.role=ingest-a",
                "--spring.config.name=application,monitor-standalone");
        monitor.pipeline().bus().subscribe(events::add);
    }

    @AfterAll
    static void stop() throws Exception {
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void callbacks_from_another_address_are_refused_and_cannot_end_or_start_a_publish() throws Exception {
        try (TestEncoder encoder = TestEncoder.publish(monitor.rtmpPort(Entrypoint.PRIMARY), KEY)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> monitor.pipeline().health(CONTENT, Entrypoint.PRIMARY)
                    .filter(h -> h.publishing()).isPresent());

            assertThat(post(OTHER_HOST, "on_publish_done", "name=" + KEY).statusCode()).isEqualTo(403);
            assertThat(post(OTHER_HOST, "on_publish", "name=" + KEY + "&app=live&addr=203.0.113.5").statusCode())
                    .isEqualTo(403);
            assertThat(post(OTHER_HOST, "on_publish", "name=someOtherKey123&app=live").statusCode()).isEqualTo(403);

            Thread.sleep(500); // time for a forged callback to take effect: none may
            assertThat(monitor.runtime().entrypoints()).containsExactly(Entrypoint.PRIMARY);
            assertThat(events).noneMatch(PublishEnded.class::isInstance);
            assertThat(events).filteredOn(PublishStarted.class::isInstance).hasSize(1);
            assertThat(encoder.alive()).isTrue();
            assertThat(monitor.bean(com.example.backupingest.monitor.entrypoint.PublishSessions.class)
                    .find(Entrypoint.PRIMARY, CONTENT)).isPresent();
        }
    }

    @Test
    void nginx_itself_calls_back_from_loopback_and_is_answered() throws Exception {
        // no publish with this key: nothing ends, but the callback is heard (204), not refused
        assertThat(post(NGINX_HOST, "on_publish_done", "name=notPublishingKey42").statusCode()).isEqualTo(204);
        assertThat(post(NGINX_HOST, "on_publish", "name=notAKnownKey4242&app=live").statusCode())
                .as("heard and refused by key, not by address").isEqualTo(403);
    }

    private static HttpResponse<String> post(HttpClient client, String call, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.httpPort()
                        + "/monitor/rtmp/a/" + call)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(String localAddress) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress))
                    .connectTimeout(Duration.ofSeconds(2)).build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
