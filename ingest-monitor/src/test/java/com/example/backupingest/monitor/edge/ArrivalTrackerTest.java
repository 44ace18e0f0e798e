package com.example.backupingest.monitor.edge;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import com.example.backupingest.monitor.hls.Segment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalTrackerTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private final ArrivalTracker tracker = new ArrivalTracker(Duration.ofSeconds(3));

    @Test
    void a_new_newest_segment_is_an_arrival_an_unchanged_playlist_is_not() {
        assertThat(tracker.gainedSegment(PRIMARY, playlist(0, NOW.minusSeconds(3)), NOW)).isTrue();
        assertThat(tracker.gainedSegment(PRIMARY, playlist(0, NOW.minusSeconds(3)), NOW.plusSeconds(1))).isFalse();
        assertThat(tracker.gainedSegment(PRIMARY, playlist(1, NOW.minusSeconds(1)), NOW.plusSeconds(2))).isTrue();
    }

    @Test
    void a_restarted_encoder_reusing_names_and_numbers_still_counts() {
        tracker.gainedSegment(PRIMARY, playlist(0, NOW.minusSeconds(3)), NOW);

        assertThat(tracker.gainedSegment(PRIMARY, playlist(0, NOW.plusSeconds(5)), NOW.plusSeconds(7))).isTrue();
    }

    @Test
    void a_leftover_playlist_of_an_earlier_broadcast_is_no_arrival() {
        assertThat(tracker.gainedSegment(BACKUP, playlist(7, NOW.minusSeconds(60)), NOW)).isFalse();
        assertThat(tracker.gainedSegment(BACKUP, new MediaPlaylist(2, 0, 0, List.of(), false), NOW)).isFalse();
    }

    private static MediaPlaylist playlist(long sequence, Instant pdt) {
        return new MediaPlaylist(2, sequence, 0,
                List.of(new Segment("seg" + sequence + ".ts", Duration.ofSeconds(2), pdt, sequence, false)), false);
    }
}
