package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.ContentFault;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.IssueCode;
import com.example.backupingest.monitor.api.Severity;
import com.example.backupingest.monitor.signal.ContentSignals;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16 against the whole monitor: both nginx-rtmp entrypoints, ffmpeg transcoders with their
 * picture and sound analysis, two edges per content. Entrypoint A gets an ffmpeg encoder whose picture
 * turns black or freezes or whose sound falls silent on command; B a second, independent encoder
 * (GStreamer where installed, else ffmpeg). Content checks at their default: on, 2 s.
 */
@Tag("media")
class ContentFailoverTest {

    static final Duration THRESHOLD = Duration.ofSeconds(2);
    static final List<String> CONTENTS = List.of("cfblack", "cffrozen", "cfsilent", "cfboth", "cfsticky",
            "cfstandby", "cfhealth");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static RunningMonitor monitor;
    static final List<MonitorEvent> EVENTS = new CopyOnWriteArrayList<>();
    final List<AutoCloseable> encoders = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startMonitor() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String content : CONTENTS) {
            keys.put(key(content, PRIMARY), "1:" + content + ":A:2");
            keys.put(key(content, BACKUP), "1:" + content + ":B:2");
        }
        monitor = new RunningMonitor(keys);
        monitor.pipeline().bus().subscribe(EVENTS::add);
    }

    @AfterEach
    void stopEncoders() throws Exception {
        for (AutoCloseable encoder : encoders) {
            encoder.close();
        }
    }

    @AfterAll
    static void stopMonitor() throws IOException {
        if (monitor != null) {
            monitor.close();
        }
    }

    /** Acceptance 1 and 6: each fault on A moves every edge to B within its threshold + 1 s; the thumbnails show it. */
    @ParameterizedTest
    @EnumSource(value = ContentFault.class, names = {"PICTURE_BLACK", "PICTURE_FROZEN", "AUDIO_SILENT"})
    void a_fault_on_the_primary_moves_every_edge_to_the_clean_backup(ContentFault fault) throws Exception {
        String content = switch (fault) {
            case PICTURE_BLACK -> "cfblack";
            case PICTURE_FROZEN -> "cffrozen";
            default -> "cfsilent";
        };
        ScriptedEncoder a = scripted(content, PRIMARY);
        independent(content);
        awaitClean(content);
        assertThat(edgesOn(content)).containsOnly(PRIMARY);

        Instant start = Instant.now();
        switch (fault) {
            case PICTURE_BLACK -> a.black();
            case PICTURE_FROZEN -> a.freeze();
            default -> a.silence();
        }
        await().atMost(THRESHOLD.plusSeconds(1).plus(margin())).pollInterval(Duration.ofMillis(20))
                .until(() -> edgesOn(content).equals(List.of(BACKUP, BACKUP)));
        Duration took = Duration.between(start, Instant.now());
        System.out.printf("[content] %s on A: every edge on B after %d ms%n", fault, took.toMillis());

        // the edge switches first, then publishes its event (a few ms later, on its own thread)
        List<FailoverHappened> moves = await().atMost(Duration.ofSeconds(2)).until(
                () -> failovers(content).stream().filter(f -> f.from() == PRIMARY).toList(), list -> list.size() >= 2);
        assertThat(moves).hasSize(2).allSatisfy(f -> {
            assertThat(f.to()).isEqualTo(BACKUP);
            assertThat(f.cause()).isEqualTo(FailoverCause.of(fault));
            assertThat(f.detection()).as("from the fault's first frame").isGreaterThanOrEqualTo(THRESHOLD);
        });
        assertThat(took).isLessThanOrEqualTo(THRESHOLD.plusSeconds(1).plus(margin()));

        if (fault == ContentFault.PICTURE_BLACK) {
            await().atMost(Duration.ofSeconds(5)).until(() -> brightness(content, PRIMARY) < 20);
            assertThat(brightness(content, BACKUP)).as("B's ball on its grey background").isGreaterThan(40);
            byte[] first = thumbnail(content, BACKUP);
            await().atMost(Duration.ofSeconds(6)).until(() -> !java.util.Arrays.equals(first, thumbnail(content, BACKUP)));
        }
    }

    /** Acceptance 2: black (and then silent) on both for 20 s is the programme: no failover, an INFO between A and B. */
    @Test
    void black_on_both_for_twenty_seconds_is_the_programme_and_switches_nothing() throws Exception {
        ScriptedEncoder a = scripted("cfboth", PRIMARY);
        ScriptedEncoder b = scripted("cfboth", BACKUP);
        awaitClean("cfboth");

        a.black();
        b.black();
        a.silence();
        b.silence();
        Thread.sleep(20_000); // the 20 s of the acceptance point pass: nothing may switch

        assertThat(failovers("cfboth")).allMatch(f -> f.cause() == FailoverCause.START);
        assertThat(edgesOn("cfboth")).containsOnly(PRIMARY);
        JsonNode issues = JSON.readTree(monitor.api("/monitor/api/issues/cfboth").body());
        assertThat(issues.get("between").findValuesAsString("code")).contains("PROGRAMME_BLACK", "PROGRAMME_SILENT");
        assertThat(issues.get("entrypoints").findValuesAsString("code")).doesNotContain("PICTURE_BLACK", "AUDIO_SILENT");
    }

    /** Acceptance 3: sticky on B; back to A only when B turns black and A is clean; with A black too, B holds. */
    @Test
    void sticky_on_the_backup_back_only_to_a_clean_primary() throws Exception {
        ScriptedEncoder a = scripted("cfsticky", PRIMARY);
        ScriptedEncoder b = scripted("cfsticky", BACKUP);
        awaitClean("cfsticky");

        a.black();
        awaitEdges("cfsticky", BACKUP);
        a.normal();
        Thread.sleep(7_000); // A clean again for longer than the clean time; the edges stay (sticky)
        assertThat(edgesOn("cfsticky")).containsOnly(BACKUP);

        b.black();
        awaitEdges("cfsticky", PRIMARY);
        assertThat(failovers("cfsticky").getLast().cause()).isEqualTo(FailoverCause.PICTURE_BLACK);
        assertThat(failovers("cfsticky").getLast().from()).isEqualTo(BACKUP);

        b.normal();
        Thread.sleep(7_000); // B clean again for longer than the clean time
        a.black();
        awaitEdges("cfsticky", BACKUP);
        // each edge publishes its event a few ms after it switched: count once both are in
        int before = await().atMost(Duration.ofSeconds(2)).until(() -> failovers("cfsticky"), list -> list.size() >= 2
                && list.getLast().to() == BACKUP && list.get(list.size() - 2).to() == BACKUP).size();
        b.black(); // A is still black: nothing better to go to
        Thread.sleep(8_000); // longer than the black threshold: the edges may not move
        assertThat(edgesOn("cfsticky")).containsOnly(BACKUP);
        assertThat(failovers("cfsticky")).hasSize(before);
    }

    /** Acceptance 4: one encoder only: black is a warning in the health, nothing switches. */
    @Test
    void in_standby_a_black_primary_is_a_warning_and_switches_nothing() throws Exception {
        ScriptedEncoder a = scripted("cfstandby", PRIMARY);
        await().atMost(Duration.ofSeconds(40)).until(() -> analysed("cfstandby", PRIMARY) && segments("cfstandby", PRIMARY) >= 3);

        a.black();
        await().atMost(Duration.ofSeconds(6)).until(() -> issues("cfstandby", PRIMARY).stream()
                .anyMatch(i -> i.code() == IssueCode.PICTURE_BLACK && i.severity() == Severity.WARNING));
        Thread.sleep(3_000); // past the black threshold: a standby fault must not switch
        assertThat(failovers("cfstandby")).allMatch(f -> f.cause() == FailoverCause.START);
        assertThat(edgesOn("cfstandby")).containsOnly(PRIMARY);
        JsonNode health = JSON.readTree(monitor.api("/monitor/api/health").body());
        assertThat(health.findParents("contentId").stream().filter(h -> h.get("contentId").asString().equals("cfstandby")
                && h.get("entrypoint").asString().equals("PRIMARY")).findFirst().orElseThrow().get("status").asString())
                .isEqualTo("OK");
    }

    /**
     * Acceptance 5 with real encoders: A sends 1080p at 300 kbit/s, interlaced, 32 kHz stereo, a keyframe
     * every 8 s; B 1080p at 1200 kbit/s, 48 kHz mono, a keyframe every 2 s.
     */
    @Test
    void encoder_settings_are_named_per_entrypoint_and_between_a_and_b() throws Exception {
        ScriptedEncoder.Settings hd = ScriptedEncoder.Settings.SMALL.withSize("1920x1080").withFps(10);
        encoders.add(ScriptedEncoder.publish(url("cfhealth", PRIMARY), hd.withVideoKbps(300).withInterlacing()
                .withSampleRate(32000).withKeyframeSeconds(8)));
        encoders.add(ScriptedEncoder.publish(url("cfhealth", BACKUP), hd.withVideoKbps(1200).withChannels(1)));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(issues("cfhealth", PRIMARY)).extracting(HealthIssue::code).contains(IssueCode.VIDEO_BITRATE_LOW,
                    IssueCode.KEYFRAME_INTERVAL_LONG, IssueCode.INTERLACED, IssueCode.AUDIO_SAMPLE_RATE);
            JsonNode view = JSON.readTree(monitor.api("/monitor/api/issues/cfhealth").body());
            assertThat(view.get("between").findValuesAsString("code")).contains("AB_VIDEO_BITRATE", "AB_AUDIO_CHANNELS");
        });
        assertThat(issues("cfhealth", PRIMARY)).filteredOn(i -> i.code() == IssueCode.KEYFRAME_INTERVAL_LONG)
                .singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.ERROR));
        assertThat(issues("cfhealth", PRIMARY)).filteredOn(i -> i.code() == IssueCode.VIDEO_BITRATE_LOW)
                .singleElement().satisfies(i -> assertThat(i.values()).last().isEqualTo("1080p10"));
    }

    private ScriptedEncoder scripted(String content, Entrypoint entrypoint) throws IOException {
        ScriptedEncoder encoder = ScriptedEncoder.publish(url(content, entrypoint),
                ScriptedEncoder.Settings.SMALL.withSize("640x360").withFps(25));
        encoders.add(encoder);
        return encoder;
    }

    /** B's encoder: GStreamer, an encoder that shares nothing with ffmpeg. */
    private void independent(String content) throws IOException {
        if (GstreamerEncoder.available()) {
            encoders.add(GstreamerEncoder.publish(url(content, BACKUP), 640, 360, 25));
        } else {
            scripted(content, BACKUP);
        }
    }

    /** Both entrypoints analysed and delivering for longer than the clean time. */
    private static void awaitClean(String content) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(200)).until(() ->
                analysed(content, PRIMARY) && analysed(content, BACKUP) && segments(content, PRIMARY) >= 4
                        && segments(content, BACKUP) >= 4);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> edgesOn(content).size() == 2);
    }

    private static boolean analysed(String content, Entrypoint entrypoint) {
        var state = monitor.bean(ContentSignals.class).state(content, entrypoint);
        return state.keyframeIntervals() >= 2 && state.faults().isEmpty();
    }

    private static long segments(String content, Entrypoint entrypoint) {
        URI uri = monitor.pipeline().origins().mediaPlaylist(entrypoint, content, Rendition.ORIGINAL);
        HttpResponse<String> response = PipelineAcceptanceTest.get(uri);
        return response.statusCode() == 200 ? response.body().split("#EXTINF", -1).length - 1 : 0;
    }

    private static void awaitEdges(String content, Entrypoint on) {
        await().atMost(THRESHOLD.plusSeconds(1).plus(margin())).pollInterval(Duration.ofMillis(20))
                .until(() -> edgesOn(content).equals(List.of(on, on)));
    }

    private static List<Entrypoint> edgesOn(String content) {
        return monitor.edges().edgeIds(content).stream()
                .flatMap(edge -> monitor.edges().activeSource(content, edge).stream()).toList();
    }

    private static List<FailoverHappened> failovers(String content) {
        return EVENTS.stream().filter(e -> e instanceof FailoverHappened f && f.contentId().equals(content))
                .map(FailoverHappened.class::cast).toList();
    }

    private static List<HealthIssue> issues(String content, Entrypoint entrypoint) {
        return monitor.pipeline().health(content, entrypoint).map(EntrypointHealth::issues).orElse(List.of());
    }

    private static byte[] thumbnail(String content, Entrypoint entrypoint) {
        var response = com.example.backupingest.monitor.testing.MonitorApiAccess.getBytes(
                "http://127.0.0.1:" + monitor.httpPort(), "/monitor/api/thumbnails/" + content + "/" + entrypoint.letter());
        return response.statusCode() == 200 ? response.body() : new byte[0];
    }

    /** Mean luma of the thumbnail, 0-255; 255 when there is none yet. */
    private static double brightness(String content, Entrypoint entrypoint) throws IOException {
        byte[] jpeg = thumbnail(content, entrypoint);
        if (jpeg.length == 0) {
            return 255;
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                sum += (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
            }
        }
        return (double) sum / (image.getWidth() * image.getHeight());
    }

    /** The shared machine's slack on top of the threshold + 1 s (property bench.slack, default 0). */
    private static Duration margin() {
        return Duration.ofMillis(Long.getLong("content.slack.millis", 0));
    }

    static String key(String content, Entrypoint entrypoint) {
        return "k" + entrypoint.letter() + content + "Secret42";
    }

    private static String url(String content, Entrypoint entrypoint) {
        return "rtmp://127.0.0.1:" + monitor.rtmpPort(entrypoint) + "/live/" + key(content, entrypoint);
    }
}
