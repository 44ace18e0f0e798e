package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.IssueCode;
import com.example.backupingest.monitor.testing.HlsValidator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.OffsetDateTime;
import org.awaitility.Awaitility;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 2: an overloaded encoder whose GOP stretches to 6 s for a while must not leave the
 * edge with a stretched EXT-X-TARGETDURATION (hls.js holds back three of them). Real nginx-rtmp, ffmpeg
 * transcoder and edge; the encoder is ffmpeg with keyframes every 2 s, then every 6 s for 24 s, then
 * every 2 s again. Every playlist the edge served (master, original, 480p, 360p) is judged by a
 * third-party parser (hls-parser, strict). And an encoder with a steady 4 s GOP: its original is left out
 * for good, so the edge keeps players on the renditions and the health names the keyframe setting.
 */
@PipelineTest
class TargetDurationTest {

    static final Pattern TARGET = Pattern.compile("#EXT-X-TARGETDURATION:(\\d+)");
    static final Pattern EXTINF = Pattern.compile("#EXTINF:([0-9.]+),");
    static final Pattern SEQUENCE = Pattern.compile("#EXT-X-MEDIA-SEQUENCE:(\\d+)");
    static final Pattern PDT = Pattern.compile("#EXT-X-PROGRAM-DATE-TIME:(\\S+)");
    static final List<String> MEDIA = List.of("original", "480p", "360p");
    /** Live: the newest segment listed ended (PDT + duration) at most this long ago. */
    static final Duration FRESH = Duration.ofSeconds(6);
    final HttpClient http = HttpClient.newHttpClient();
    static RunningMonitor monitor;

    @BeforeAll
    static void startMonitor(RunningMonitor shared) {
        monitor = shared; // this class's keys are in SharedPipelineMonitor.KEYS
    }

    @Test
    void after_a_stretched_gop_the_edge_playlist_is_back_to_normal_and_every_playlist_it_served_is_valid()
            throws Exception {
        HlsValidator validator = new HlsValidator();
        Map<String, String> served = new LinkedHashMap<>();
        Map<String, Integer> servedPerPlaylist = new LinkedHashMap<>();
        List<Integer> targets = new ArrayList<>();
        // keyframes at 0, 2, ... 18; 20, 26, 32, 38 (6 s GOPs: the overload); 44, 46, ... again
        String keyframes = "if(lt(t,20),gte(t,n_forced*2),if(lt(t,44),gte(t,20+(n_forced-10)*6),"
                + "gte(t,44+(n_forced-14)*2)))";
        Instant started = Instant.now();
        Process encoder = encoder("gop-a", keyframes);
        try {
            Instant overloadEnds = started.plusSeconds(44);
            Instant deadline = overloadEnds.plusSeconds(60);
            long sequenceAfterOverload = -1;
            while (Instant.now().isBefore(deadline)) {
                if (!monitor.edges().edgeIds("gopstretch").contains("edge-1")) {
                    Thread.sleep(500);
                    continue; // not published yet
                }
                String master = monitor.edges().masterPlaylist("gopstretch", "edge-1");
                if (served.putIfAbsent("master " + master, master) == null) {
                    servedPerPlaylist.merge("master", 1, Integer::sum);
                }
                for (String rendition : MEDIA) {
                    String text = get(monitor.edgePlaylist("gopstretch", "edge-1", rendition));
                    if (text == null) {
                        continue;
                    }
                    if (served.putIfAbsent(rendition + " " + text, text) == null) {
                        servedPerPlaylist.merge(rendition, 1, Integer::sum);
                    }
                    Matcher target = TARGET.matcher(text);
                    assertThat(target.find()).isTrue();
                    targets.add(Integer.parseInt(target.group(1)));
                    if (rendition.equals("original") && sequenceAfterOverload < 0 && Instant.now().isAfter(overloadEnds)) {
                        sequenceAfterOverload = mediaSequence(text);
                    }
                }
                Thread.sleep(500); // samples the playlists every 0.5 s over the whole overload run
            }
            String last = get(monitor.edgePlaylist("gopstretch", "edge-1", "original"));
            Instant lastAt = Instant.now();
            List<Double> lastDurations = EXTINF.matcher(last).results().map(m -> Double.parseDouble(m.group(1)))
                    .toList();

            assertThat(servedPerPlaylist).as("the edge served every playlist, the media ones many times")
                    .containsKeys("master", "original", "480p", "360p");
            assertThat(servedPerPlaylist.get("original")).isGreaterThan(10);
            assertThat(monitor.edges().masterPlaylist("gopstretch", "edge-1"))
                    .as("the master offers all three again after the overload").contains("original/", "480p/", "360p/");
            assertThat(validator.problems(served)).as("RFC 8216 by hls-parser: master, original, 480p, 360p").isEmpty();
            assertThat(targets).as("EXT-X-TARGETDURATION never changes within a playlist").containsOnly(2);
            assertThat(lastDurations.subList(Math.max(0, lastDurations.size() - 3), lastDurations.size()))
                    .as("a minute after the overload: normal segments again").allMatch(d -> Math.abs(d - 2.0) < 0.3);
            assertThat(mediaSequence(last)).as("live: the media sequence advanced after the overload")
                    .isGreaterThan(sequenceAfterOverload);
            assertThat(Duration.between(newestEnd(last), lastAt)).as("live: the newest segment ended within " + FRESH)
                    .isLessThanOrEqualTo(FRESH);
            assertThat(served.keySet()).as("the 6 s segments were left out, with a discontinuity")
                    .anyMatch(text -> text.startsWith("original") && text.contains("#EXT-X-DISCONTINUITY"));
        } finally {
            encoder.destroy();
            encoder.waitFor();
        }
    }

    /**
     * A steady 4 s GOP (an encoder set to a 4 s keyframe interval): every segment of the original is longer
     * than the 2 s target duration and left out. Not silently: the master offers only 480p and 360p (which
     * we transcode with 2 s keyframes, live), the health names the keyframe setting, and the metric counts.
     */
    @Test
    void a_steady_four_second_gop_keeps_players_on_the_renditions_and_the_health_says_so() throws Exception {
        HlsValidator validator = new HlsValidator();
        Process encoder = encoder("gop4-a", "gte(t,n_forced*4)");
        try {
            Awaitility.await("480p live on the edge, the original left out").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
                        String p480 = get(monitor.edgePlaylist("gopfour", "edge-1", "480p"));
                        assertThat(p480).as("480p on the edge").isNotNull();
                        assertThat(EXTINF.matcher(p480).results().count()).as(p480).isGreaterThanOrEqualTo(3);
                        assertThat(Duration.between(newestEnd(p480), Instant.now())).as(p480).isLessThanOrEqualTo(FRESH);
                        assertThat(monitor.edges().masterPlaylist("gopfour", "edge-1")).doesNotContain("original/");
                    });
            Awaitility.await("the health names the keyframe interval").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> monitor.pipeline().health("gopfour", PRIMARY)
                            .map(EntrypointHealth::issues).orElse(List.of()).stream()
                            .anyMatch(i -> i.code() == IssueCode.KEYFRAME_INTERVAL_OVER_SEGMENT));
            String master = monitor.edges().masterPlaylist("gopfour", "edge-1");
            Map<String, String> served = new LinkedHashMap<>();
            served.put("master", master);
            for (String rendition : MEDIA) {
                served.put(rendition, get(monitor.edgePlaylist("gopfour", "edge-1", rendition)));
            }
            HealthIssue issue = monitor.pipeline().health("gopfour", PRIMARY).orElseThrow().issues().stream()
                    .filter(i -> i.code() == IssueCode.KEYFRAME_INTERVAL_OVER_SEGMENT).findFirst().orElseThrow();
            Awaitility.await("every 4 s segment counted as left out").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> leftOut() >= 3);

            assertThat(master).as("players kept on the renditions").doesNotContain("original/")
                    .contains("480p/index.m3u8", "360p/index.m3u8");
            assertThat(served.get("original")).as("nothing of the 4 s original listed").doesNotContain("#EXTINF");
            assertThat(EXTINF.matcher(served.get("360p")).results().count()).as("360p live too").isGreaterThanOrEqualTo(3);
            assertThat(validator.problems(served)).as("RFC 8216 by hls-parser").isEmpty();
            assertThat(issue.values()).as("the measured interval, seconds").first().asString().startsWith("4");
        } finally {
            encoder.destroy();
            encoder.waitFor();
        }
    }

    /** {@code monitor_edge_segments_left_out_total{rendition="original"}}. */
    private static double leftOut() {
        Counter counter = monitor.bean(MeterRegistry.class).find("monitor.edge.segments.left.out")
                .tag("rendition", "original").counter();
        return counter == null ? 0 : counter.count();
    }

    private static Process encoder(String key, String keyframes) throws IOException {
        return new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=10", "-an", "-c:v", "libx264", "-preset", "ultrafast",
                "-tune", "zerolatency", "-g", "1000", "-sc_threshold", "0", "-force_key_frames", "expr:" + keyframes,
                "-f", "flv", "rtmp://127.0.0.1:" + monitor.rtmpPort(PRIMARY) + "/live/" + key)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The playlist, or null while the edge has none (no segment yet). */
    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : null;
    }

    private static long mediaSequence(String playlist) {
        Matcher m = SEQUENCE.matcher(playlist);
        assertThat(m.find()).as(playlist).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The newest segment's PDT plus its duration: when its last frame was captured. */
    private static Instant newestEnd(String playlist) {
        Instant pdt = PDT.matcher(playlist).results().map(m -> OffsetDateTime.parse(m.group(1)).toInstant())
                .reduce((a, b) -> b).orElseThrow();
        double seconds = EXTINF.matcher(playlist).results().map(m -> Double.parseDouble(m.group(1))).reduce((a, b) -> b)
                .orElseThrow();
        return pdt.plusMillis(Math.round(seconds * 1000));
    }
}
