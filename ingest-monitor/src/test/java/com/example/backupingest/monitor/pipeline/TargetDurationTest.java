package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.HlsValidator;
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
 * every 2 s again. Every playlist the edge served is judged by a third-party parser (hls-parser, strict).
 */
@PipelineTest
class TargetDurationTest {

    static final Pattern TARGET = Pattern.compile("#EXT-X-TARGETDURATION:(\\d+)");
    static final Pattern EXTINF = Pattern.compile("#EXTINF:([0-9.]+),");
    static RunningMonitor monitor;

    @BeforeAll
    static void startMonitor(RunningMonitor shared) {
        monitor = shared; // this class's keys are in SharedPipelineMonitor.KEYS
    }

    @Test
    void after_a_stretched_gop_the_edge_playlist_is_back_to_normal_and_every_playlist_it_served_is_valid()
            throws Exception {
        HlsValidator validator = new HlsValidator();
        URI playlist = monitor.edgePlaylist("gopstretch", "edge-1", "original");
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> served = new LinkedHashMap<>();
        List<Integer> targets = new ArrayList<>();
        // keyframes at 0, 2, ... 18; 20, 26, 32, 38 (6 s GOPs: the overload); 44, 46, ... again
        String keyframes = "if(lt(t,20),gte(t,n_forced*2),if(lt(t,44),gte(t,20+(n_forced-10)*6),"
                + "gte(t,44+(n_forced-14)*2)))";
        Instant started = Instant.now();
        Process encoder = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=10", "-an", "-c:v", "libx264", "-preset", "ultrafast",
                "-tune", "zerolatency", "-g", "1000", "-sc_threshold", "0", "-force_key_frames", "expr:" + keyframes,
                "-f", "flv", "rtmp://127.0.0.1:" + monitor.rtmpPort(PRIMARY) + "/live/gop-a")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Instant overloadEnds = started.plusSeconds(44);
            Instant deadline = overloadEnds.plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(playlist).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("#EXTINF")) {
                    String text = response.body();
                    served.putIfAbsent(text, text);
                    Matcher target = TARGET.matcher(text);
                    assertThat(target.find()).isTrue();
                    targets.add(Integer.parseInt(target.group(1)));
                }
                Thread.sleep(500); // samples the playlist every 0.5 s over the whole overload run
            }
            String last = served.keySet().stream().reduce((a, b) -> b).orElseThrow();
            List<Double> lastDurations = EXTINF.matcher(last).results().map(m -> Double.parseDouble(m.group(1)))
                    .toList();

            assertThat(served).as("the edge served the original").hasSizeGreaterThan(10);
            assertThat(validator.problems(served)).as("RFC 8216 by hls-parser").isEmpty();
            assertThat(targets).as("EXT-X-TARGETDURATION never changes within the playlist").containsOnly(2);
            assertThat(lastDurations.subList(Math.max(0, lastDurations.size() - 3), lastDurations.size()))
                    .as("a minute after the overload: normal segments again").allMatch(d -> Math.abs(d - 2.0) < 0.3);
            assertThat(served.keySet()).as("the 6 s segments were left out, with a discontinuity")
                    .anyMatch(text -> text.contains("#EXT-X-DISCONTINUITY"));
        } finally {
            encoder.destroy();
            encoder.waitFor();
        }
    }
}
