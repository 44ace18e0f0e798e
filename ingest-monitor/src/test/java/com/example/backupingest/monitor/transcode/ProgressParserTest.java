package com.example.backupingest.monitor.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressParserTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final ProgressParser parser = new ProgressParser(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_progress_block_becomes_one_record() {
        List<String> block = List.of("frame=375", "fps=24.93", "stream_0_0_q=-1.0", "bitrate=1234.5kbits/s",
                "total_size=N/A", "out_time_us=15000000", "out_time_ms=15000000", "out_time=00:00:15.000000",
                "dup_frames=2", "drop_frames=1", "speed=0.997x");
        block.forEach(line -> assertThat(parser.accept(line)).isEmpty());

        Optional<TranscodeProgress> progress = parser.accept("progress=continue");

        assertThat(progress).contains(new TranscodeProgress(375, 24.93, 0.997, 1234.5, 1, 2, 15000, false, NOW));
    }

    @Test
    void values_ffmpeg_does_not_know_yet_are_null_and_the_last_block_is_marked_ended() {
        parser.accept("frame=0");
        parser.accept("fps=0.00");
        parser.accept("bitrate=N/A");
        parser.accept("speed=N/A");
        TranscodeProgress progress = parser.accept("progress=end").orElseThrow();
        assertThat(progress.bitrateKbps()).isNull();
        assertThat(progress.speed()).isNull();
        assertThat(progress.ended()).isTrue();
    }

    @Test
    void blocks_do_not_leak_into_each_other() {
        parser.accept("speed=0.5x");
        parser.accept("progress=continue");
        assertThat(parser.accept("progress=continue").orElseThrow().speed()).isNull();
    }
}
