package com.example.backupingest.monitor.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.process.FakeLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.transcode.TranscodeSettings;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishSessionsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final FakeLauncher launcher = new FakeLauncher();
    private final MonitorEventBus bus = new MonitorEventBus();
    private final List<MonitorEvent> events = new CopyOnWriteArrayList<>();
    private TranscoderManager transcoders;
    private PublishSessions sessions;
    @TempDir
    Path hls;

    @BeforeEach
    void setUp() {
        bus.subscribe(events::add);
        launcher.obeyQuit = true;
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        transcoders = new TranscoderManager(new TranscodeSettings("ffmpeg", Duration.ofSeconds(2), 10,
                RestartPolicy.DEFAULT, Duration.ofSeconds(5), Duration.ZERO), launcher, clock);
        NginxSettings primary = new NginxSettings(Entrypoint.PRIMARY, 19350, 18181, hls, hls, Path.of("/m.so"),
                URI.create("http://127.0.0.1:1"), null);
        // two keys of one content: a regenerated key and the old one's encoder still sending
        sessions = new PublishSessions((entrypoint, key) -> key.equals("goodKey1234") || key.equals("otherKey999")
                ? Optional.of(new PublishGrant(5, "c9", Entrypoint.PRIMARY, 2)) : Optional.empty(), bus, transcoders,
                Map.of(Entrypoint.PRIMARY, primary), clock);
    }

    @AfterEach
    void tearDown() {
        transcoders.close();
    }

    @Test
    void accepted_publish_starts_a_transcoder_reading_the_stream_back_from_nginx_by_its_content_id() {
        assertThat(sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "203.0.113.9"))
                .hasValueSatisfying(p -> assertThat(p.streamName()).isEqualTo("c9"));

        assertThat(events).containsExactly(new PublishStarted(5, "c9", Entrypoint.PRIMARY, 2, NOW));
        await().until(() -> launcher.launched.size() == 1);
        assertThat(launcher.commands.getFirst()).contains("rtmp://127.0.0.1:19350/live/c9",
                hls.resolve("c9/original/ffmpeg.m3u8").toString());
        assertThat(String.join(" ", launcher.commands.getFirst())).doesNotContain("goodKey1234");
        assertThat(Files.isDirectory(hls.resolve("c9/480p"))).isTrue();
        assertThat(sessions.find(Entrypoint.PRIMARY, "c9")).isPresent();
    }

    @Test
    void unknown_key_is_refused_and_reported_masked() {
        assertThat(sessions.publish(Entrypoint.PRIMARY, "wrongKey5678", "203.0.113.9")).isEmpty();

        assertThat(events).containsExactly(
                new PublishRefused("unknown", Entrypoint.PRIMARY, "203.0.113.9", "••••••••5678", NOW));
        assertThat(launcher.launched).isEmpty();
    }

    @Test
    void second_encoder_with_a_key_already_publishing_is_refused_without_ending_the_first() {
        sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "203.0.113.9");
        assertThat(sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "198.51.100.7")).isEmpty();
        assertThat(events.getLast()).isInstanceOf(PublishRefused.class);
        assertThat(sessions.find(Entrypoint.PRIMARY, "c9")).hasValueSatisfying(
                p -> assertThat(p.clientAddress()).isEqualTo("203.0.113.9"));
    }

    @Test
    void a_second_key_of_a_content_already_publishing_is_refused_and_its_publish_done_ends_nothing() {
        sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "203.0.113.9");
        assertThat(sessions.publish(Entrypoint.PRIMARY, "otherKey999", "198.51.100.7")).isEmpty();

        sessions.publishDone(Entrypoint.PRIMARY, "otherKey999", "publisher disconnected");

        assertThat(sessions.find(Entrypoint.PRIMARY, "c9")).isPresent();
        assertThat(events).noneMatch(PublishEnded.class::isInstance);
    }

    @Test
    void a_publisher_dropped_for_a_revoked_key_ends_with_that_reason_until_the_next_publish() {
        ActivePublish publish = sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "203.0.113.9").orElseThrow();

        sessions.revoked(publish, RevocationReason.KEY_REGENERATED);
        assertThat(sessions.revocation(Entrypoint.PRIMARY, "c9")).as("still publishing").isEmpty();
        sessions.publishDone(Entrypoint.PRIMARY, "goodKey1234", "publisher disconnected");

        assertThat(events.getLast()).isEqualTo(new PublishEnded(5, "c9", Entrypoint.PRIMARY, NOW,
                "stream key revoked: regenerated"));
        assertThat(sessions.revocation(Entrypoint.PRIMARY, "c9")).contains(RevocationReason.KEY_REGENERATED);
        sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "203.0.113.9");
        assertThat(sessions.revocation(Entrypoint.PRIMARY, "c9")).isEmpty();
    }

    @Test
    void publish_done_ends_the_publish_and_stops_its_transcoder() {
        sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "203.0.113.9");
        await().until(() -> launcher.launched.size() == 1);

        sessions.publishDone(Entrypoint.PRIMARY, "goodKey1234", "publisher disconnected");

        assertThat(events.getLast()).isEqualTo(new PublishEnded(5, "c9", Entrypoint.PRIMARY, NOW, "publisher disconnected"));
        assertThat(launcher.launched.getFirst().stdinText()).isEqualTo("q\n");
        assertThat(transcoders.status(Entrypoint.PRIMARY, "c9")).isEmpty();
        assertThat(sessions.active()).isEmpty();
    }

    @Test
    void crash_of_nginx_ends_every_publish_it_carried() {
        sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "203.0.113.9");
        sessions.endAll(Entrypoint.PRIMARY, "nginx exited");
        assertThat(events.getLast()).isEqualTo(new PublishEnded(5, "c9", Entrypoint.PRIMARY, NOW, "nginx exited"));
    }

    @Test
    void active_publish_never_shows_its_key_when_printed() {
        sessions.publish(Entrypoint.PRIMARY, "goodKey1234", "203.0.113.9");
        assertThat(sessions.active().toString()).doesNotContain("goodKey1234").contains("1234");
    }
}
