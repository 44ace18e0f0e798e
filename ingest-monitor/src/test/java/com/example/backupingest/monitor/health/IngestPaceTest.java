package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.IngestPace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestPaceTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
    private final IngestPace pace = new IngestPace(Duration.ofSeconds(8));

    @Test
    void nothing_is_said_before_a_whole_window_was_seen() {
        feed(0, 5, 1.0);
        assertThat(pace.verdict()).isEqualTo(IngestPace.Verdict.UNKNOWN);
        assertThat(pace.rate()).isNull();
    }

    @Test
    void media_arriving_as_fast_as_it_plays_is_real_time() {
        feed(0, 12, 1.0);
        assertThat(pace.verdict()).isEqualTo(IngestPace.Verdict.REAL_TIME);
        assertThat(pace.rate()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void an_uplink_below_the_bitrate_starves_and_a_backlog_after_a_stall_bursts() {
        feed(0, 12, 0.65);
        assertThat(pace.verdict()).isEqualTo(IngestPace.Verdict.STARVED);
        assertThat(pace.rate()).isCloseTo(0.65, org.assertj.core.data.Offset.offset(0.01));
        feed(12, 24, 1.6);
        assertThat(pace.verdict()).isEqualTo(IngestPace.Verdict.BURST);
        feed(24, 40, 1.0);
        assertThat(pace.verdict()).isEqualTo(IngestPace.Verdict.REAL_TIME);
    }

    @Test
    void a_timestamp_going_back_is_a_new_stream_and_starts_over() {
        feed(0, 12, 1.0);
        pace.record(0, T0.plusSeconds(13));
        assertThat(pace.verdict()).isEqualTo(IngestPace.Verdict.UNKNOWN);
    }

    private long media;

    /** One sample a second from {@code from} to {@code to} (seconds), media growing {@code rate} per second. */
    private void feed(int from, int to, double rate) {
        for (int second = from; second <= to; second++) {
            pace.record(media, T0.plusSeconds(second));
            media += (long) (1000 * rate);
        }
        media -= (long) (1000 * rate);
    }
}
