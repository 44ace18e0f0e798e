package com.example.backupingest.monitor.media;

import com.example.backupingest.monitor.pipeline.TestEncoder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.app.PipelineRuntime;
import com.example.backupingest.monitor.entrypoint.NginxEntrypoint;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.api.Mismatch;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The real pipeline: nginx-rtmp entrypoints, ffmpeg transcoders and encoders, on free ports and a
 * temporary folder. Every process started here is killed at the end of its test or of the class.
 */
@Tag("media")
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = MediaPipelineTest.MonitorApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediaPipelineTest {

    static final Path WORK = tempDir();
    static final int RTMP_A = FreePort.next();
    static final int HTTP_A = FreePort.next();
    static final int RTMP_B = FreePort.next();
    static final int HTTP_B = FreePort.next();
    static final String KEY_720 = "k720SecretAlpha";
    static final String KEY_KILL = "kKillSecretBravo";
    static final String KEY_NGINX = "kNginxSecretCharlie";
    static final String KEY_B = "kBackupSecretDelta";
    static final String KEY_MIX_A = "kMixSecretEchoA";
    static final String KEY_MIX_B = "kMixSecretEchoB";
    static final String UNKNOWN_KEY = "unknownSecret9876";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class MonitorApp {
    }

    @DynamicPropertySource
    static void monitor(DynamicPropertyRegistry registry) {
        registry.add("monitor.enabled", () -> "true");
        registry.add("monitor.api.secret", () -> com.example.backupingest.monitor.testing.MonitorApiAccess.SECRET);
        registry.add("monitor.work-dir", WORK::toString);
        registry.add("monitor.entrypoints.primary.rtmp-port", () -> RTMP_A);
        registry.add("monitor.entrypoints.primary.origin-http-port", () -> HTTP_A);
        registry.add("monitor.entrypoints.backup.rtmp-port", () -> RTMP_B);
        registry.add("monitor.entrypoints.backup.origin-http-port", () -> HTTP_B);
        for (String port : java.util.List.of("primary.rtmps-port", "primary.srt-port", "backup.rtmps-port",
                "backup.srt-port")) {
            registry.add("monitor.entrypoints." + port, () -> "0"); // free ports: the protocols have tests of their own
        }
        registry.add("monitor.keys." + KEY_720, () -> "7:c720:A:1");
        registry.add("monitor.keys." + KEY_KILL, () -> "7:ckill:A:1");
        registry.add("monitor.keys." + KEY_NGINX, () -> "8:cnginx:A:2");
        registry.add("monitor.keys." + KEY_B, () -> "9:cbackup:B:1");
        registry.add("monitor.keys." + KEY_MIX_A, () -> "10:cmix:A:1");
        registry.add("monitor.keys." + KEY_MIX_B, () -> "10:cmix:B:1");
    }

    @Autowired
    IngestPipeline pipeline;
    @Autowired
    PipelineRuntime runtime;
    @Autowired
    TranscoderManager transcoders;
    @LocalServerPort
    int serverPort;

    final List<MonitorEvent> events = new CopyOnWriteArrayList<>();
    final List<TestEncoder> encoders = new CopyOnWriteArrayList<>();
    AutoCloseable subscription;

    @BeforeEach
    void record() {
        subscription = pipeline.bus().subscribe(events::add);
    }

    @AfterEach
    void cleanUp(CapturedOutput output) throws Exception {
        subscription.close();
        encoders.forEach(TestEncoder::close);
        for (String key : List.of(KEY_720, KEY_KILL, KEY_NGINX, KEY_B, KEY_MIX_A, KEY_MIX_B, UNKNOWN_KEY)) {
            assertThat(output.getAll()).as("stream keys never reach the log").doesNotContain(key);
        }
    }

    @AfterAll
    static void removeWorkDir() {
        FileSystemUtils.deleteRecursively(WORK.toFile());
    }

    @Test
    void accepted_publish_is_served_by_the_origin_in_three_renditions() throws Exception {
        TestEncoder encoder = start(RTMP_A, KEY_720, "1280x720", 15);
        PublishStarted started = awaitEvent(PublishStarted.class, e -> e.contentId().equals("c720"));
        assertThat(started.accountId()).isEqualTo(7);
        assertThat(started.entrypoint()).isEqualTo(Entrypoint.PRIMARY);

        for (Rendition rendition : Rendition.values()) {
            String url = pipeline.origins().mediaPlaylist(Entrypoint.PRIMARY, "c720", rendition).toString();
            await().atMost(Duration.ofSeconds(30)).until(() -> Probe.servesSegments(url));
        }
        String original = pipeline.origins().mediaPlaylist(Entrypoint.PRIMARY, "c720", Rendition.ORIGINAL).toString();
        String playlist = Probe.get(original).body();
        assertThat(playlist).contains("#EXT-X-PROGRAM-DATE-TIME").contains("#EXT-X-INDEPENDENT-SEGMENTS")
                .doesNotContain("#EXT-X-ENDLIST");
        long mediaSequence = playlist.lines().filter(l -> l.startsWith("#EXT-X-MEDIA-SEQUENCE:"))
                .mapToLong(l -> Long.parseLong(l.substring(22))).findFirst().orElseThrow();
        assertThat(mediaSequence).as("numbered from the clock, so a restart never reuses numbers")
                .isGreaterThan(1_700_000_000L);
        assertThat(Probe.videoStream(original)).isEqualTo("h264,720");
        assertThat(Probe.videoStream(url("c720", Rendition.P480))).isEqualTo("h264,480");
        assertThat(Probe.videoStream(url("c720", Rendition.P360))).isEqualTo("h264,360");

        await().atMost(Duration.ofSeconds(20)).until(() -> pipeline.health("c720", Entrypoint.PRIMARY)
                .filter(h -> h.state() == HealthState.LIVE && h.keyframeInterval() != null).isPresent());
        EntrypointHealth health = pipeline.health("c720", Entrypoint.PRIMARY).orElseThrow();
        assertThat(health.width()).isEqualTo(1280);
        assertThat(health.height()).isEqualTo(720);
        assertThat(health.fps()).isEqualTo(15.0);
        assertThat(health.videoCodec()).isEqualTo("H264");
        assertThat(health.audioPresent()).isTrue();
        assertThat(health.keyframeInterval()).isBetween(Duration.ofMillis(1800), Duration.ofMillis(2200));
        assertThat(health.transcodeSpeed()).containsKeys(Rendition.values());
        assertThat(pipeline.health("c720", Entrypoint.BACKUP)).hasValueSatisfying(
                h -> assertThat(h.state()).isEqualTo(HealthState.DOWN));

        String json = com.example.backupingest.monitor.testing.MonitorApiAccess.get("http://127.0.0.1:" + serverPort,
                "/monitor/api/health").body();
        assertThat(json).contains("\"contentId\":\"c720\"").contains("\"state\":\"LIVE\"").doesNotContain(KEY_720);

        encoder.process().destroy();
        PublishEnded ended = awaitEvent(PublishEnded.class, e -> e.contentId().equals("c720"));
        assertThat(ended.entrypoint()).isEqualTo(Entrypoint.PRIMARY);
        await().atMost(Duration.ofSeconds(5)).until(() -> transcoders.status(Entrypoint.PRIMARY, "c720").isEmpty());
    }

    @Test
    void unknown_key_cannot_publish_and_is_reported_masked_over_server_sent_events() throws Exception {
        HttpResponse<InputStream> sse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + serverPort + "/monitor/api/events"))
                // the stream answers at once, before any event (a follower must know it is connected)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", com.example.backupingest.monitor.testing.MonitorApiAccess.AUTHORIZATION).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(sse.body(), StandardCharsets.UTF_8))) {
            TestEncoder encoder = start(RTMP_A, UNKNOWN_KEY, "320x180", 10);
            PublishRefused refused = awaitEvent(PublishRefused.class, e -> true);
            assertThat(refused.maskedKey()).endsWith("9876").doesNotContain("unknown");
            assertThat(refused.contentId()).isEqualTo("unknown");
            assertThat(encoder.process().waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(encoder.process().exitValue()).isNotZero();

            String line;
            String event = null;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                }
                if (line.startsWith("data:") && "PublishRefused".equals(event)) {
                    assertThat(line).contains("\"maskedKey\":\"" + refused.maskedKey() + "\"").doesNotContain(UNKNOWN_KEY);
                    break;
                }
            }
            assertThat(event).isEqualTo("PublishRefused");
        }
    }

    @Test
    void killed_transcoder_is_restarted_and_health_reports_the_restart() throws Exception {
        start(RTMP_A, KEY_KILL, "320x180", 15);
        await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.health("ckill", Entrypoint.PRIMARY)
                .filter(h -> h.state() == HealthState.LIVE).isPresent());
        long pid = transcoders.pid(Entrypoint.PRIMARY, "ckill").orElseThrow();

        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        awaitEvent(HealthChanged.class, e -> e.contentId().equals("ckill") && e.health().state() == HealthState.DEGRADED
                && e.health().reason().contains("restarted"));
        await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.health("ckill", Entrypoint.PRIMARY)
                .filter(h -> h.state() == HealthState.LIVE).isPresent());
        assertThat(transcoders.pid(Entrypoint.PRIMARY, "ckill")).hasValueSatisfying(p -> assertThat(p).isNotEqualTo(pid));
        assertThat(transcoders.status(Entrypoint.PRIMARY, "ckill").orElseThrow().restarts()).isEqualTo(1);
    }

    @Test
    void nginx_killed_with_sigkill_is_restarted_and_accepts_publishing_again() throws Exception {
        TestEncoder first = start(RTMP_A, KEY_NGINX, "320x180", 10);
        awaitEvent(PublishStarted.class, e -> e.contentId().equals("cnginx"));
        NginxEntrypoint nginx = runtime.entrypoint(Entrypoint.PRIMARY).orElseThrow();
        long pid = nginx.pid();

        long t0 = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        PublishEnded ended = awaitEvent(PublishEnded.class, e -> e.contentId().equals("cnginx"));
        assertThat(ended.reason()).isEqualTo("nginx exited");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> nginx.isReady() && nginx.pid() != null && nginx.pid() != pid);
        System.out.printf("MEASURED nginx kill -9 -> restarted and serving both ports: %d ms%n",
                Duration.ofNanos(System.nanoTime() - t0).toMillis());
        first.process().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        events.clear();

        start(RTMP_A, KEY_NGINX, "320x180", 10);
        awaitEvent(PublishStarted.class, e -> e.contentId().equals("cnginx"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Probe.servesSegments(url("cnginx", Rendition.P360)));
    }

    @Test
    void lost_and_stalled_encoders_end_their_publish_within_seconds() throws Exception {
        TestEncoder killed = start(RTMP_B, KEY_B, "320x180", 10);
        awaitEvent(PublishStarted.class, e -> e.contentId().equals("cbackup"));
        Thread.sleep(1000); // the encoder sends for a while before it is lost
        long t0 = System.nanoTime();
        killed.signal("KILL");
        awaitEvent(PublishEnded.class, e -> e.contentId().equals("cbackup"));
        Duration afterKill = Duration.ofNanos(System.nanoTime() - t0);
        events.clear();

        TestEncoder stalled = start(RTMP_B, KEY_B, "320x180", 10);
        awaitEvent(PublishStarted.class, e -> e.contentId().equals("cbackup"));
        Thread.sleep(1000); // the encoder sends for a while before it is lost
        long t1 = System.nanoTime();
        stalled.signal("STOP");
        awaitEvent(PublishEnded.class, e -> e.contentId().equals("cbackup"));
        Duration afterStop = Duration.ofNanos(System.nanoTime() - t1);

        System.out.printf("MEASURED encoder kill -9 -> PublishEnded: %d ms; encoder SIGSTOP -> PublishEnded: %d ms%n",
                afterKill.toMillis(), afterStop.toMillis());
        assertThat(afterKill).isLessThan(Duration.ofSeconds(3));
        assertThat(afterStop).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void differing_encoders_on_a_and_b_are_reported_and_a_dropped_backup_goes_down() throws Exception {
        start(RTMP_A, KEY_MIX_A, "320x180", 10);
        start(RTMP_B, KEY_MIX_B, "256x144", 10);
        await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.health("cmix", Entrypoint.PRIMARY)
                .filter(h -> h.state() == HealthState.LIVE && h.width() != null).isPresent()
                && pipeline.health("cmix", Entrypoint.BACKUP).filter(h -> h.width() != null).isPresent());

        assertThat(pipeline.mismatches("cmix")).contains(new Mismatch("resolution", "320x180", "256x144"));

        assertThat(pipeline.dropPublisher(Entrypoint.BACKUP, "cmix")).isTrue();
        PublishEnded ended = awaitEvent(PublishEnded.class, e -> e.contentId().equals("cmix"));
        assertThat(ended.entrypoint()).isEqualTo(Entrypoint.BACKUP);
        await().atMost(Duration.ofSeconds(5)).until(() -> pipeline.health("cmix", Entrypoint.BACKUP)
                .filter(h -> h.state() == HealthState.DOWN).isPresent());
        assertThat(pipeline.dropPublisher(Entrypoint.BACKUP, "cmix")).isFalse();
    }

    private TestEncoder start(int port, String key, String size, int fps) throws IOException {
        TestEncoder encoder = TestEncoder.publish(port, key, size, fps);
        encoders.add(encoder);
        return encoder;
    }

    private String url(String contentId, Rendition rendition) {
        return pipeline.origins().mediaPlaylist(Entrypoint.PRIMARY, contentId, rendition).toString();
    }

    private <T extends MonitorEvent> T awaitEvent(Class<T> type, Predicate<T> match) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> events.stream().filter(type::isInstance)
                .map(type::cast).filter(match).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }


    private static Path tempDir() {
        try {
            return Files.createTempDirectory("media-pipeline");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
