package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.KeyRevocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.entrypoint.KeyRevocations;
import com.example.backupingest.monitor.entrypoint.NginxControl;
import com.example.backupingest.monitor.entrypoint.NginxSettings;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.process.FakeLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.transcode.TranscodeSettings;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ingest host's follower of the portal's revocation stream, against a real HTTP server standing in
 * for both the portal (its stream, with the ingest host's secret) and the entrypoint nginx's control
 * API: a KeyRevoked for a content whose key the directory no longer grants drops that publisher by its
 * content id (never its key), a valid key stays, and a silent stream is replaced.
 */
class RevocationFollowerTest {

    private static final String SECRET = "ingest-a-secret-for-tests";
    private static final String KEY = "followerTestKey1234";

    private final Set<String> validKeys = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<String> toSend = new LinkedBlockingQueue<>();
    private final List<String> drops = new CopyOnWriteArrayList<>();
    private final AtomicInteger streams = new AtomicInteger();
    private final AtomicInteger rechecks = new AtomicInteger();
    private volatile boolean stopped;
    private final FakeLauncher launcher = new FakeLauncher();
    private HttpServer server;
    private TranscoderManager transcoders;
    private RevocationFollower follower;
    private PublishSessions sessions;
    private KeyRevocations revocations;
    @TempDir Path hls;

    @BeforeEach
    void anIngestHostWithOnePublish() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(KeyRevocation.PATH, this::stream);
        server.createContext("/control/drop/publisher", exchange -> {
            drops.add(exchange.getRequestURI().getQuery());
            byte[] one = "1".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, one.length);
            exchange.getResponseBody().write(one);
            exchange.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        int port = server.getAddress().getPort();
        launcher.obeyQuit = true;
        transcoders = new TranscoderManager(new TranscodeSettings("ffmpeg", Duration.ofSeconds(2), 10,
                RestartPolicy.DEFAULT, Duration.ofSeconds(5), Duration.ZERO), launcher, Clock.systemUTC());
        NginxSettings nginx = new NginxSettings(Entrypoint.PRIMARY, 19350, port, hls, hls, Path.of("/m.so"),
                URI.create("http://127.0.0.1:1"), null);
        validKeys.add(KEY);
        sessions = new PublishSessions((entrypoint, key) -> validKeys.contains(key)
                ? Optional.of(new PublishGrant(5, "c9", Entrypoint.PRIMARY, 1)) : Optional.empty(),
                new MonitorEventBus(), transcoders, Map.of(Entrypoint.PRIMARY, nginx), Clock.systemUTC());
        assertThat(sessions.publish(Entrypoint.PRIMARY, KEY, "203.0.113.9")).isPresent();
        revocations = new KeyRevocations(sessions, (entrypoint, key) -> {
            Optional<PublishGrant> grant = validKeys.contains(key)
                    ? Optional.of(new PublishGrant(5, "c9", Entrypoint.PRIMARY, 1)) : Optional.empty();
            rechecks.incrementAndGet(); // after the answer: the test changes the keys once it sees this
            return grant;
        }, Map.of(Entrypoint.PRIMARY, nginx), new NginxControl());
    }

    @AfterEach
    void stop() {
        if (follower != null) {
            follower.close();
        }
        transcoders.close();
        stopped = true;
        server.stop(0);
    }

    @Test
    void a_revoked_key_is_dropped_by_content_id_and_a_still_valid_one_stays() throws Exception {
        follower = follow(Duration.ofSeconds(30));
        // connected: every running publish re-checked once
        await().atMost(Duration.ofSeconds(5)).until(() -> follower.connected() && rechecks.get() == 1);

        toSend.put(revoked("c9", RevocationReason.KEY_REGENERATED)); // the key is still valid: a hint only
        await().atMost(Duration.ofSeconds(5)).until(() -> rechecks.get() == 2);
        assertThat(drops).isEmpty();

        validKeys.remove(KEY);
        toSend.put(revoked("c9", RevocationReason.KEY_REGENERATED));
        await().atMost(Duration.ofSeconds(5)).until(() -> drops.size() == 1);
        assertThat(drops.getFirst()).isEqualTo("srv=0&app=live&name=c9").doesNotContain(KEY);
        assertThat(sessions.revocation(Entrypoint.PRIMARY, "c9")).as("the publish is still running").isEmpty();
        sessions.publishDone(Entrypoint.PRIMARY, KEY, "publisher disconnected"); // nginx's on_publish_done
        assertThat(sessions.revocation(Entrypoint.PRIMARY, "c9")).contains(RevocationReason.KEY_REGENERATED);
    }

    @Test
    void a_silent_stream_is_replaced_and_every_connect_rechecks_the_running_publishes() throws Exception {
        follower = follow(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(5)).until(follower::connected);
        validKeys.remove(KEY); // revoked while no event reached this host

        await().atMost(Duration.ofSeconds(10)).until(() -> streams.get() >= 2 && drops.size() == 1);
        assertThat(drops.getFirst()).isEqualTo("srv=0&app=live&name=c9");
    }

    @Test
    void without_the_ingest_hosts_secret_the_portal_gives_no_stream() throws Exception {
        follower = new RevocationFollower(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "not-the-secret", HttpClient.newHttpClient(), JsonMapper.builder().build(), revocations,
                new RemoteMonitorProperties.Reconnect(Duration.ofMillis(100), Duration.ofMillis(400)),
                Duration.ofSeconds(30), Clock.systemUTC()).start();
        Thread.sleep(1000); // a window of several reconnect attempts (100-400 ms): none may get through
        assertThat(follower.connected()).isFalse();
        assertThat(streams).hasValue(0);
    }

    private RevocationFollower follow(Duration silence) {
        return new RevocationFollower(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), SECRET,
                HttpClient.newHttpClient(), JsonMapper.builder().build(), revocations,
                new RemoteMonitorProperties.Reconnect(Duration.ofMillis(100), Duration.ofMillis(400)), silence,
                Clock.systemUTC()).start();
    }

    private static String revoked(String content, RevocationReason reason) {
        return "event:" + KeyRevocation.REVOKED + "\ndata:{\"contentId\":\"" + content
                + "\",\"entrypoint\":\"PRIMARY\",\"reason\":\"" + reason + "\"}\n\n";
    }

    /** Like the portal: 401 without the secret, then Connected, then whatever the test queues (no heartbeat). */
    private void stream(HttpExchange exchange) throws IOException {
        if (!("Bearer " + SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        streams.incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(("event:" + KeyRevocation.CONNECTED + "\ndata:{}\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!stopped) {
                String next = toSend.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    out.write(next.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the follower went away
        }
    }
}
