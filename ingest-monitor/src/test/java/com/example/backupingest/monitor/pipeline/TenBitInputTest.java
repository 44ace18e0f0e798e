package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.EntrypointHealth;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 3: an encoder sending H.264 High 4:4:4 Predictive, 10-bit 4:4:4 (GStreamer's default
 * negotiation does that). Real nginx-rtmp, ffmpeg transcoder and edge, ffprobe as the judge: the
 * ladder is 8-bit 4:2:0 High, the original passes through, the edge's master playlist offers only what
 * browsers play, and health names the profile (the Live page says what to change in OBS).
 */
@PipelineTest
class TenBitInputTest {

    static RunningMonitor monitor;

    @BeforeAll
    static void startMonitor(RunningMonitor shared) {
        monitor = shared; // this class's keys are in SharedPipelineMonitor.KEYS
    }

    @Test
    void a_10_bit_444_encoder_gets_an_8_bit_420_high_ladder_and_players_are_kept_on_it() throws Exception {
        Process encoder = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=10", "-c:v", "libx264", "-preset", "ultrafast",
                "-tune", "zerolatency", "-pix_fmt", "yuv444p10le", "-profile:v", "high444", "-g", "20",
                "-f", "flv", "rtmp://127.0.0.1:" + monitor.rtmpPort(PRIMARY) + "/live/tenbit-a")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI master = URI.create("http://127.0.0.1:" + monitor.httpPort() + "/edge/tenbit/edge-1/master.m3u8");
            Awaitility.await("the edge probed all three renditions").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> PipelineAcceptanceTest.get(master).body().lines().filter(l -> l.contains("CODECS"))
                            .count() >= 2 && segmentListed("480p") && segmentListed("360p") && segmentListed("original"));

            assertThat(ffprobe("480p")).isEqualTo("High,yuv420p,854x480");
            assertThat(ffprobe("360p")).isEqualTo("High,yuv420p,640x360");
            assertThat(ffprobe("original")).as("passed through").isEqualTo("High 4:4:4 Predictive,yuv444p10le,640x360");
            String offered = PipelineAcceptanceTest.get(master).body();
            assertThat(offered).contains("480p/index.m3u8", "360p/index.m3u8", "CODECS=\"avc1.64")
                    .doesNotContain("original/index.m3u8", "avc1.f4");
            // what the Live page tells the customer to change (health polls every second)
            Awaitility.await("health names the profile").atMost(Duration.ofSeconds(15))
                    .until(() -> monitor.pipeline().health("tenbit", PRIMARY).map(EntrypointHealth::videoProfile),
                            p -> p.filter(v -> v.contains("4:4:4")).isPresent());
        } finally {
            encoder.destroy();
            encoder.waitFor();
        }
    }

    private static boolean segmentListed(String rendition) {
        return PipelineAcceptanceTest.get(monitor.edgePlaylist("tenbit", "edge-1", rendition)).body().contains("#EXTINF");
    }

    /** profile, pixel format and size of the newest segment the edge lists for the rendition. */
    private static String ffprobe(String rendition) throws IOException, InterruptedException {
        URI playlist = monitor.edgePlaylist("tenbit", "edge-1", rendition);
        String newest = PipelineAcceptanceTest.get(playlist).body().lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .reduce((a, b) -> b).orElseThrow();
        Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=profile,pix_fmt,width,height", "-of", "csv=p=0", playlist.resolve(newest).toString()).start();
        // the first line: ffprobe lists the stream once under its program and once more on its own
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().lines()
                .findFirst().orElse("");
        probe.waitFor();
        String[] f = out.split(",");
        return f[0] + "," + f[3] + "," + f[1] + "x" + f[2];
    }
}
