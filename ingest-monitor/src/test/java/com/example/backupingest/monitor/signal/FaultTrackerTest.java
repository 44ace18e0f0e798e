package com.example.backupingest.monitor.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ffmpeg's printed metadata, line by line as on stderr, into faults with their start on the wall clock. */
class FaultTrackerTest {

    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");
    private final MetadataLines lines = new MetadataLines();
    private final FaultTracker tracker = new FaultTracker();

    @Test
    void a_block_is_complete_at_its_marker_and_log_lines_between_are_not_ours() {
        assertThat(lines.accept("frame:7    pts:7       pts_time:1.4").consumed()).isTrue();
        assertThat(lines.accept("lavfi.black_start=1.4").consumed()).isTrue();
        assertThat(lines.accept("[hls @ 0x55] Opening 'seg_3.ts' for writing").consumed()).isFalse();
        var done = lines.accept("sig=v");
        assertThat(done.complete()).hasValueSatisfying(b -> {
            assertThat(b.kind()).isEqualTo('v');
            assertThat(b.time()).isEqualTo(1.4);
            assertThat(b.seconds("lavfi.black_start")).isEqualTo(1.4);
        });
        assertThat(lines.accept("speed=1.0x").consumed()).as("outside a block").isFalse();
    }

    @Test
    void black_starts_on_its_first_frame_and_ends_with_black_end() {
        video(0.0, T0);
        video(0.2, T0.plusMillis(200), "lavfi.black_start=0.2");
        assertThat(faults()).containsExactly(new ActiveFault(ContentFault.PICTURE_BLACK, T0.plusMillis(200)));
        video(0.4, T0.plusMillis(400));
        audio(1.8, T0.plusMillis(1800));
        video(2.0, T0.plusMillis(2000), "lavfi.black_end=2");
        assertThat(faults()).isEmpty();
    }

    @Test
    void a_still_picture_is_frozen_after_0_4_s_counted_from_the_picture_its_first_copy_repeats() {
        for (int i = 1; i <= 5; i++) {
            motion(i * 0.2, T0.plusMillis(i * 200L));
        }
        motion(1.2, T0.plusMillis(1200), "lavfi.black_start=1.2");
        assertThat(faults()).as("the picture at 1.0 s and its copy at 1.2 s: 0.2 s").isEmpty();
        motion(1.4, T0.plusMillis(1400));
        assertThat(faults()).containsExactly(new ActiveFault(ContentFault.PICTURE_FROZEN, T0.plusMillis(1000)));
    }

    @Test
    void one_moving_difference_inside_a_freeze_is_a_keyframe_re_encoded_two_end_it() {
        motion(0.2, T0.plusMillis(200), "lavfi.black_start=0.2");
        motion(0.8, T0.plusMillis(800));
        motion(2.0, T0.plusMillis(2000), "lavfi.black_end=2");
        motion(2.2, T0.plusMillis(2200), "lavfi.black_start=2.2");
        assertThat(faults()).containsExactly(new ActiveFault(ContentFault.PICTURE_FROZEN, T0));
        motion(3.0, T0.plusMillis(3000), "lavfi.black_end=3");
        motion(3.2, T0.plusMillis(3200));
        assertThat(faults()).isEmpty();
    }

    @Test
    void black_is_named_not_frozen_and_missing_sound_not_silence() {
        video(0.2, T0.plusMillis(200), "lavfi.black_start=0.2");
        motion(0.2, T0.plusMillis(200), "lavfi.black_start=0.2");
        motion(1.0, T0.plusMillis(1000));
        audio(0.2, T0.plusMillis(200), "lavfi.silence_start=0.1");
        assertThat(faults()).extracting(ActiveFault::fault).containsExactly(ContentFault.PICTURE_BLACK,
                ContentFault.AUDIO_SILENT);
        assertThat(faults().get(1).since()).as("silence dated back to its start in stream time")
                .isEqualTo(T0.plusMillis(100));
        video(1.6, T0.plusMillis(1600));
        assertThat(faults()).extracting(ActiveFault::fault).containsExactly(ContentFault.PICTURE_BLACK,
                ContentFault.AUDIO_MISSING);
        assertThat(faults().get(1).since()).isEqualTo(T0.plusMillis(200));
    }

    @Test
    void keyframe_gaps_give_interval_spread_and_interlacing() {
        for (double t : new double[] {0, 2, 4, 7, 9}) {
            block('k', t, T0);
        }
        block('i', 9, T0);
        SignalState state = tracker.state();
        assertThat(state.keyframeInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(state.keyframeSpread()).isEqualTo(Duration.ofSeconds(1));
        assertThat(state.keyframeIntervals()).isEqualTo(4);
        assertThat(state.interlaced()).isTrue();
        block('k', 11, T0);
        assertThat(tracker.state().interlaced()).isFalse();
    }

    private List<ActiveFault> faults() {
        return tracker.faults();
    }

    private void video(double t, Instant at, String... entries) {
        block('v', t, at, entries);
    }

    private void motion(double t, Instant at, String... entries) {
        block('f', t, at, entries);
    }

    private void audio(double t, Instant at, String... entries) {
        block('a', t, at, entries);
    }

    private void block(char kind, double t, Instant at, String... entries) {
        lines.accept("frame:1    pts:1       pts_time:" + t);
        for (String entry : entries) {
            lines.accept(entry);
        }
        lines.accept("sig=" + kind).complete().ifPresent(b -> tracker.accept(b, at));
    }
}
