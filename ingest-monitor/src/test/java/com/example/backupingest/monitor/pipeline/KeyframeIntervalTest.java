package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.EntrypointHealth;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 4: the keyframe interval is measured again on every publish and when it changes,
 * so a value measured under overload does not stick. Real nginx-rtmp, ffmpeg transcoder and ffprobe;
 * the encoder is ffmpeg with a keyframe pattern of our choosing. The shared monitor's timed re-measure
 * ({@code monitor.keyframe-reprobe}) is {@link SharedPipelineMonitor#KEYFRAME_REPROBE}, far beyond these
 * waits: what passes here was re-measured by the publish or the change, not by the timer.
 */
@PipelineTest
class KeyframeIntervalTest {

    static RunningMonitor monitor;

    @BeforeAll
    static void startMonitor(RunningMonitor shared) {
        monitor = shared; // this class's keys are in SharedPipelineMonitor.KEYS
    }

    @Test
    void a_reconnect_with_a_shorter_gop_is_measured_again_at_once() throws Exception {
        try (Encoder sixSeconds = Encoder.start("kf-reconnect-a", "gte(t,n_forced*6)")) {
            awaitInterval("kfreconnect", Duration.ofSeconds(6));
        }
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> monitor.pipeline().health("kfreconnect", PRIMARY).map(h -> !h.publishing()).orElse(true));
        try (Encoder twoSeconds = Encoder.start("kf-reconnect-a", "gte(t,n_forced*2)")) {
            // a new publish: its first segments decide, not the value of the last publish
            awaitInterval("kfreconnect", Duration.ofSeconds(2));
        }
    }

    /**
     * Keyframes every 1 s and then every 2 s give the same 2 s segments (the muxer cuts at the first
     * keyframe after 2 s), so neither the segment-length trigger nor (set long here) the timer can see the
     * change: only the new publish can.
     */
    @Test
    void a_reconnect_with_another_gop_but_the_same_segment_lengths_is_measured_again() throws Exception {
        try (Encoder oneSecond = Encoder.start("kf-publish-a", "gte(t,n_forced*1)")) {
            awaitInterval("kfpublish", Duration.ofSeconds(1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> monitor.pipeline().health("kfpublish", PRIMARY).map(h -> !h.publishing()).orElse(true));
        try (Encoder twoSeconds = Encoder.start("kf-publish-a", "gte(t,n_forced*2)")) {
            awaitInterval("kfpublish", Duration.ofSeconds(2));
        }
    }

    @Test
    void a_gop_that_shrinks_during_one_publish_is_measured_again() throws Exception {
        // keyframes every 6 s until 24 s, then every 2 s: an encoder recovering from overload
        try (Encoder encoder = Encoder.start("kf-change-a",
                "if(lt(n_forced,5),gte(t,n_forced*6),gte(t,24+(n_forced-4)*2))")) {
            awaitInterval("kfchange", Duration.ofSeconds(6));
            awaitInterval("kfchange", Duration.ofSeconds(2));
        }
    }

    private static void awaitInterval(String content, Duration expected) {
        Awaitility.await("keyframe interval " + expected + " on " + content).atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> keyframeInterval(content)
                        .filter(d -> d.minus(expected).abs().compareTo(Duration.ofMillis(300)) <= 0).isPresent());
        assertThat(keyframeInterval(content)).isPresent();
    }

    private static Optional<Duration> keyframeInterval(String content) {
        return monitor.pipeline().health(content, PRIMARY).map(EntrypointHealth::keyframeInterval);
    }

    /** ffmpeg as the customer's encoder, keyframes only where {@code keyframes} (an expr) says. */
    private record Encoder(Process process) implements AutoCloseable {

        static Encoder start(String key, String keyframes) throws IOException {
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error",
                    "-re", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=10",
                    "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "1000",
                    "-sc_threshold", "0", "-force_key_frames", "expr:" + keyframes,
                    "-f", "flv", "rtmp://127.0.0.1:" + monitor.rtmpPort(PRIMARY) + "/live/" + key));
            return new Encoder(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
