package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoEncoderArgsTest {

    @Test
    void demo_encoder_sends_a_720p_test_pattern_with_sine_audio_and_a_keyframe_every_two_seconds() {
        List<String> args = new DemoEncoderArgs("ffmpeg", "1280x720", 25, Duration.ofSeconds(2))
                .build("rtmp://localhost:1935/live/secretKey123456789");

        assertThat(args).containsExactly("ffmpeg", "-hide_banner", "-nostats", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
                "-g", "50", "-keyint_min", "50", "-sc_threshold", "0", "-b:v", "1500k",
                "-c:a", "aac", "-b:a", "96k", "-ar", "48000",
                "-f", "flv", "rtmp://localhost:1935/live/secretKey123456789");
    }

    @Test
    void keyframe_distance_follows_the_frame_rate() {
        List<String> args = new DemoEncoderArgs("/usr/bin/ffmpeg", "640x360", 15, Duration.ofSeconds(2))
                .build("rtmp://127.0.0.1:40000/live/k");

        assertThat(args.get(0)).isEqualTo("/usr/bin/ffmpeg");
        assertThat(args).containsSequence("-i", "testsrc2=size=640x360:rate=15")
                .containsSequence("-g", "30", "-keyint_min", "30")
                .endsWith("-f", "flv", "rtmp://127.0.0.1:40000/live/k");
    }
}
