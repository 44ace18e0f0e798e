package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.IssueCode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An encoder with a picture and no sound track at all (a silent camera) is a normal input: the
 * transcoder with its content analysis keeps producing every rendition, the edge keeps serving it, and
 * the health names the missing sound; after a stall the edge takes the stream back (it used to wait for
 * a "clean" source, and a missing sound track never became clean). Real nginx-rtmp, ffmpeg transcoder
 * (analysis on) and edge.
 */
@Tag("media")
class VideoOnlyInputTest {

    static RunningMonitor monitor;
    static final List<MonitorEvent> EVENTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startMonitor() throws Exception {
        monitor = new RunningMonitor(Map.of("vonly-a", "1:vonly:A:1"));
        monitor.pipeline().bus().subscribe(EVENTS::add);
    }

    @AfterAll
    static void stopMonitor() throws Exception {
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void a_picture_without_any_sound_track_keeps_playing_everywhere_and_the_health_says_no_audio() throws Exception {
        // a keyframe every 2 s; one 6 s GOP at 40 s (an overloaded encoder): the original stalls the edge once
        String keyframes = "if(lt(t,40),gte(t,n_forced*2),gte(t,46+(n_forced-20)*2))";
        try (TestEncoder encoder = TestEncoder.publishVideoOnly(monitor.rtmpPort(PRIMARY), "vonly-a", keyframes)) {
            Map<String, URI> playlists = new LinkedHashMap<>();
            for (Rendition rendition : Rendition.values()) {
                playlists.put("origin " + rendition.id(),
                        monitor.pipeline().origins().mediaPlaylist(PRIMARY, "vonly", rendition));
            }
            playlists.put("edge original", monitor.edgePlaylist("vonly", "edge-1", "original"));
            playlists.put("edge 360p", monitor.edgePlaylist("vonly", "edge-1", "360p"));
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .until(() -> playlists.values().stream().allMatch(uri -> !segments(uri).isEmpty()));

            // 15 s of 2 s segments: at least six on every playlist
            Map<String, Set<String>> seen = new LinkedHashMap<>();
            playlists.keySet().forEach(name -> seen.put(name, new LinkedHashSet<>()));
            Instant end = Instant.now().plusSeconds(15);
            while (Instant.now().isBefore(end)) {
                playlists.forEach((name, uri) -> seen.get(name).addAll(segments(uri)));
                Thread.sleep(500);
            }
            assertThat(encoder.alive()).as("the encoder kept publishing").isTrue();
            seen.forEach((name, segments) -> assertThat(segments).as(name + " keeps getting segments")
                    .hasSizeGreaterThanOrEqualTo(6));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(issues())
                    .extracting(HealthIssue::code).contains(IssueCode.AUDIO_MISSING)
                    .doesNotContain(IssueCode.AUDIO_SILENT, IssueCode.VIDEO_MISSING, IssueCode.PICTURE_BLACK,
                            IssueCode.PICTURE_FROZEN));
            assertThat(monitor.api("/monitor/api/issues/vonly").body()).contains("AUDIO_MISSING");

            // the long GOP stalls the edge; with segments steady again, the edge takes the stream back
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100)).until(() -> EVENTS.stream()
                    .anyMatch(e -> e instanceof FailoverHappened f && f.cause() == FailoverCause.STALL && f.to() == null));
            URI edge = playlists.get("edge original");
            Set<String> before = new LinkedHashSet<>(segments(edge));
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(monitor.edges().activeSource("vonly", "edge-1")).contains(PRIMARY);
                assertThat(segments(edge)).as("new segments after the stall").filteredOn(seg -> !before.contains(seg))
                        .hasSizeGreaterThanOrEqualTo(3);
            });
            assertThat(EVENTS).filteredOn(FailoverHappened.class::isInstance).map(FailoverHappened.class::cast)
                    .last().satisfies(f -> assertThat(f.cause()).isEqualTo(FailoverCause.RESUMED));
        }
    }

    private static List<HealthIssue> issues() {
        return monitor.pipeline().health("vonly", PRIMARY).map(EntrypointHealth::issues).orElse(List.of());
    }

    /** The segment lines of a media playlist (none while it is not there). */
    private static List<String> segments(URI playlist) {
        HttpResponse<String> response = PipelineAcceptanceTest.get(playlist);
        if (response.statusCode() != 200) {
            return List.of();
        }
        return response.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
