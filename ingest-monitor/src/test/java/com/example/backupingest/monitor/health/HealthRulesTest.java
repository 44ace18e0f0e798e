package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.api.IngestPace;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.transcode.TranscodeProgress;
import com.example.backupingest.monitor.transcode.TranscoderStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HealthRulesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final HealthRules rules = new HealthRules(Duration.ofSeconds(2), Duration.ofSeconds(5));
    private final TranscoderStatus healthy = new TranscoderStatus(true, 0, NOW.minusSeconds(60), progress(1.01), null);

    private static TranscodeProgress progress(double speed) {
        return new TranscodeProgress(100, 25.0, speed, 1000.0, 0, 0, 4000, false, NOW);
    }

    private HealthRules.Verdict judge(boolean publishing, boolean other, TranscoderStatus transcoder, Duration age) {
        return rules.judge(new HealthInputs(publishing, other, publishing ? Duration.ofSeconds(60) : null, transcoder,
                age), NOW);
    }

    @Test
    void publishing_with_fresh_segments_is_live() {
        assertThat(judge(true, true, healthy, Duration.ofSeconds(1)).state()).isEqualTo(HealthState.LIVE);
    }

    @Test
    void nobody_publishing_anywhere_is_idle_but_missing_while_the_other_side_receives_is_down() {
        assertThat(judge(false, false, null, null).state()).isEqualTo(HealthState.IDLE);
        assertThat(judge(false, true, null, null).state()).isEqualTo(HealthState.DOWN);
    }

    @Test
    void segments_older_than_three_durations_mean_down() {
        HealthRules.Verdict verdict = judge(true, false, healthy, Duration.ofMillis(6100));
        assertThat(verdict.state()).isEqualTo(HealthState.DOWN);
        assertThat(verdict.reason()).isEqualTo("No new HLS segment for more than 6 s");
    }

    @Test
    void a_new_publish_gets_time_for_its_first_segment_then_counts_as_down() {
        HealthInputs starting = new HealthInputs(true, false, Duration.ofSeconds(3), healthy, null);
        HealthInputs stuck = new HealthInputs(true, false, Duration.ofSeconds(11), healthy, null);
        assertThat(rules.judge(starting, NOW).state()).isEqualTo(HealthState.DEGRADED);
        assertThat(rules.judge(stuck, NOW).state()).isEqualTo(HealthState.DOWN);
    }

    @Test
    void restarted_or_dead_transcoder_degrades() {
        TranscoderStatus restarted = new TranscoderStatus(true, 1, NOW.minusSeconds(2), progress(1.0), null);
        TranscoderStatus dead = new TranscoderStatus(false, 1, NOW.minusSeconds(20), null, null);
        assertThat(judge(true, false, restarted, Duration.ofSeconds(1)).reason())
                .isEqualTo("Transcoder was restarted after a failure");
        assertThat(judge(true, false, dead, Duration.ofSeconds(1)).reason()).isEqualTo("Transcoder is restarting");
    }

    @Test
    void slower_than_real_time_degrades_only_after_it_lasted() {
        TranscoderStatus brieflySlow = new TranscoderStatus(true, 0, NOW.minusSeconds(60), progress(0.8),
                NOW.minusSeconds(2));
        TranscoderStatus slow = new TranscoderStatus(true, 0, NOW.minusSeconds(60), progress(0.8), NOW.minusSeconds(5));
        assertThat(judge(true, false, brieflySlow, Duration.ofSeconds(1)).state()).isEqualTo(HealthState.LIVE);
        HealthRules.Verdict verdict = judge(true, false, slow, Duration.ofSeconds(1));
        assertThat(verdict.state()).isEqualTo(HealthState.DEGRADED);
        assertThat(verdict.reason()).isEqualTo("Transcoding is slower than real time");
    }

    @Test
    void a_starved_input_says_so_before_the_slow_transcoder_it_causes_and_a_burst_says_so_too() {
        TranscoderStatus slow = new TranscoderStatus(true, 0, NOW.minusSeconds(60), progress(0.7), NOW.minusSeconds(30));
        HealthRules.Verdict starved = rules.judge(new HealthInputs(true, false, Duration.ofSeconds(60), slow,
                Duration.ofSeconds(2), null, IngestPace.Verdict.STARVED), NOW);
        assertThat(starved.state()).isEqualTo(HealthState.DEGRADED);
        assertThat(starved.reason()).isEqualTo(HealthRules.STARVED).startsWith("Ingestion is slower than real time");
        HealthRules.Verdict burst = rules.judge(new HealthInputs(true, false, Duration.ofSeconds(60), healthy,
                Duration.ofSeconds(1), null, IngestPace.Verdict.BURST), NOW);
        assertThat(burst.reason()).isEqualTo(HealthRules.BURST);
        assertThat(rules.judge(new HealthInputs(true, false, Duration.ofSeconds(60), healthy, Duration.ofSeconds(1),
                null, IngestPace.Verdict.REAL_TIME), NOW).state()).isEqualTo(HealthState.LIVE);
    }
}
