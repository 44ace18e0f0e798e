package com.example.backupingest.monitor.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeyframeProbeTest {

    @Test
    void interval_is_the_mean_distance_between_keyframes() {
        String csv = "10.000000,K__\n10.040000,___\n12.000000,K__\n12.040000,___\n14.000000,K__\n";
        assertThat(KeyframeProbe.interval(csv)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_single_keyframe_segment_spans_one_interval() {
        StringBuilder csv = new StringBuilder("20.000000,K__\n");
        for (int frame = 1; frame < 50; frame++) {
            csv.append(String.format(java.util.Locale.ROOT, "%.6f,___%n", 20 + frame * 0.04));
        }
        assertThat(KeyframeProbe.interval(csv.toString())).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void no_keyframe_means_unknown() {
        assertThat(KeyframeProbe.interval("1.0,___\n1.04,___\n")).isNull();
    }

    @Test
    void ffprobe_lists_packet_times_and_flags_of_the_video_stream() {
        assertThat(new KeyframeProbe("ffprobe").command(Path.of("/hls/c/original/seg_1.ts"))).containsExactly(
                "ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time,flags:stream=profile", "-of",
                "csv=p=0", "/hls/c/original/seg_1.ts");
    }
}
