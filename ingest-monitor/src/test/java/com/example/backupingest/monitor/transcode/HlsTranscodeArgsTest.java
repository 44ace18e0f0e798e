package com.example.backupingest.monitor.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HlsTranscodeArgsTest {

    @Test
    void one_ffmpeg_copies_the_original_and_encodes_480p_and_360p_with_segment_aligned_keyframes() {
        List<String> args = new HlsTranscodeArgs("ffmpeg", URI.create("rtmp://127.0.0.1:1935/live/KEY"),
                Path.of("/hls/c1"), Duration.ofSeconds(2), 10).build();

        List<String> hls = List.of("-f", "hls", "-hls_time", "2", "-hls_list_size", "10", "-hls_flags",
                "program_date_time+independent_segments+delete_segments+omit_endlist",
                "-hls_start_number_source", "epoch");
        List<String> expected = new java.util.ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "warning",
                "-nostats", "-progress", "pipe:1", "-y", "-analyzeduration", "3000000", "-probesize", "5000000",
                "-rw_timeout", "5000000", "-i", "rtmp://127.0.0.1:1935/live/KEY",
                "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy"));
        expected.addAll(hls);
        expected.addAll(List.of("-hls_segment_filename", "/hls/c1/original/seg_%d.ts", "/hls/c1/original/ffmpeg.m3u8",
                "-map", "0:v:0", "-map", "0:a:0?", "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency",
                "-vf", "scale=-2:480,format=yuv420p", "-pix_fmt", "yuv420p", "-profile:v", "high", "-b:v", "1400k", "-maxrate", "1400k", "-bufsize", "2800k",
                "-force_key_frames", "expr:gte(t,n_forced*2)", "-sc_threshold", "0", "-c:a", "aac", "-b:a", "128k"));
        expected.addAll(hls);
        expected.addAll(List.of("-hls_segment_filename", "/hls/c1/480p/seg_%d.ts", "/hls/c1/480p/ffmpeg.m3u8",
                "-map", "0:v:0", "-map", "0:a:0?", "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency",
                "-vf", "scale=-2:360,format=yuv420p", "-pix_fmt", "yuv420p", "-profile:v", "high", "-b:v", "800k", "-maxrate", "800k", "-bufsize", "1600k",
                "-force_key_frames", "expr:gte(t,n_forced*2)", "-sc_threshold", "0", "-c:a", "aac", "-b:a", "128k"));
        expected.addAll(hls);
        expected.addAll(List.of("-hls_segment_filename", "/hls/c1/360p/seg_%d.ts", "/hls/c1/360p/ffmpeg.m3u8"));

        assertThat(args).isEqualTo(expected);
    }

    @Test
    void longer_segments_move_keyframes_and_lengthen_the_probe_to_one_segment_and_a_second() {
        List<String> args = new HlsTranscodeArgs("/opt/ffmpeg", URI.create("rtmp://h/live/k"), Path.of("/x"),
                Duration.ofSeconds(4), 6).build();
        // the transcode lags by the probe: one segment and a second (nginx starts the stream at a keyframe)
        assertThat(args).containsSubsequence("-analyzeduration", "5000000")
                .containsSubsequence("-force_key_frames", "expr:gte(t,n_forced*4)")
                .containsSubsequence("-hls_time", "4", "-hls_list_size", "6");
        assertThat(args.getFirst()).isEqualTo("/opt/ffmpeg");
        assertThat(new HlsTranscodeArgs("ffmpeg", URI.create("rtmp://h/live/k"), Path.of("/x"), Duration.ofSeconds(12), 6)
                .build()).containsSubsequence("-analyzeduration", "13000000");
    }
}
