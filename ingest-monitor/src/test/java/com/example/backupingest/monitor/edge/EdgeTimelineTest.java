package com.example.backupingest.monitor.edge;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import com.example.backupingest.monitor.hls.Segment;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stitching origin playlists into one edge playlist; 2 s segments, window of 8. */
class EdgeTimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private static final URI A = URI.create("http://a.example/hls/c1/original/index.m3u8");
    private static final URI B = URI.create("http://b.example/hls/c1/original/index.m3u8");

    private final EdgeTimeline timeline = new EdgeTimeline(EdgeProperties.DEFAULTS);

    @Test
    void continues_the_media_sequence_across_a_switch() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 5), A); // A: 0..10 s

        timeline.follow(BACKUP);
        List<EdgeSegment> fromB = timeline.offer(BACKUP, origin(Duration.ZERO, 0, 7), B); // B: same clock, 0..14 s

        assertThat(fromB).extracting(EdgeSegment::sequence).containsExactly(5L, 6L);
        assertThat(fromB).extracting(EdgeSegment::origin).containsExactly(
                URI.create("http://b.example/hls/c1/original/seg5.ts"),
                URI.create("http://b.example/hls/c1/original/seg6.ts"));
        MediaPlaylist edge = timeline.playlist();
        assertThat(edge.mediaSequence()).isZero();
        assertThat(edge.segments()).extracting(Segment::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(edge.segments()).extracting(Segment::uri).startsWith("seg-0.ts").endsWith("seg-6.ts");
    }

    @Test
    void marks_exactly_one_discontinuity_per_switch() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 3), A);
        timeline.follow(BACKUP);
        timeline.offer(BACKUP, origin(Duration.ZERO, 0, 4), B);
        timeline.offer(BACKUP, origin(Duration.ZERO, 0, 5), B);
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 3, 4), A);

        assertThat(timeline.playlist().segments()).extracting(Segment::discontinuity)
                .containsExactly(false, false, false, true, false, true, false);
    }

    @Test
    void raises_the_discontinuity_sequence_when_a_discontinuity_slides_out() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 2), A);
        timeline.follow(BACKUP);
        timeline.offer(BACKUP, origin(Duration.ZERO, 0, 4), B); // seg 2, 3 of B; the first has the tag
        assertThat(timeline.playlist().discontinuitySequence()).isZero();

        timeline.offer(BACKUP, origin(Duration.ZERO, 0, 10), B); // 10 edge segments: the first two slid out
        assertThat(timeline.playlist().discontinuitySequence()).isZero();
        assertThat(timeline.playlist().segments().getFirst().discontinuity()).isTrue();

        timeline.offer(BACKUP, origin(Duration.ZERO, 0, 11), B);
        MediaPlaylist edge = timeline.playlist();
        assertThat(edge.discontinuitySequence()).isEqualTo(1);
        assertThat(edge.mediaSequence()).isEqualTo(3);
        assertThat(edge.segments()).hasSize(8).noneMatch(Segment::discontinuity);
    }

    @ParameterizedTest(name = "B is {0} ms ahead of A")
    @ValueSource(longs = {-1900, -1300, -1000, -700, -100, 0, 100, 600, 999, 1000, 1400, 1900})
    void takes_the_first_new_segment_by_pdt_so_nothing_skips_or_repeats_more_than_a_segment(long offsetMillis) {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 5), A); // A ends at T0 + 10 s
        timeline.follow(BACKUP);

        EdgeSegment first = timeline.offer(BACKUP, origin(Duration.ofMillis(offsetMillis), 0, 8), B).getFirst();

        Duration gap = Duration.between(T0.plusSeconds(10), first.programDateTime());
        assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(-1000)).isLessThan(Duration.ofSeconds(1));
        assertThat(first.discontinuity()).isTrue();
    }

    @Test
    void waits_when_the_new_source_is_not_far_enough_yet() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 5), A); // A ends at 10 s
        timeline.follow(BACKUP);

        assertThat(timeline.offer(BACKUP, origin(Duration.ofSeconds(-3), 0, 5), B)).as("B ends at 7 s").isEmpty();
        assertThat(timeline.playlist().segments()).hasSize(5);

        List<EdgeSegment> later = timeline.offer(BACKUP, origin(Duration.ofSeconds(-3), 0, 7), B);
        assertThat(later).extracting(EdgeSegment::programDateTime).containsExactly(T0.plusSeconds(9));
        assertThat(later.getFirst().discontinuity()).isTrue();
    }

    @Test
    void switches_at_once_to_the_newest_backup_segment_when_the_continuing_one_is_not_written_yet() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 5), A); // A's last: 8..10 s
        timeline.follow(BACKUP);

        // B in phase, 30 ms behind: its segment for 10..12 s is still being written
        List<EdgeSegment> fromB = timeline.offer(BACKUP, origin(Duration.ofMillis(-30), 0, 5), B);

        assertThat(fromB).hasSize(1);
        assertThat(fromB.getFirst().discontinuity()).isTrue();
        Duration repeated = Duration.between(fromB.getFirst().programDateTime(), T0.plusSeconds(10));
        assertThat(repeated).as("at most one segment (and the stamping slack) is shown twice")
                .isLessThanOrEqualTo(Duration.ofMillis(2200));
        assertThat(timeline.offer(BACKUP, origin(Duration.ofMillis(-30), 0, 6), B))
                .extracting(EdgeSegment::programDateTime).containsExactly(T0.plusSeconds(10).minusMillis(30));
    }

    @Test
    void never_repeats_more_than_one_segment_to_switch_at_once() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 5), A); // A's last: 8..10 s
        timeline.follow(BACKUP);

        // B's newest starts at 7.5 s: taking it would repeat 2.5 s, so the edge waits for 9.5..11.5 s
        assertThat(timeline.offer(BACKUP, origin(Duration.ofMillis(-500), 0, 5), B)).isEmpty();
        assertThat(timeline.offer(BACKUP, origin(Duration.ofMillis(-500), 0, 6), B))
                .extracting(EdgeSegment::programDateTime).containsExactly(T0.plusMillis(9500));
    }

    @Test
    void continuous_mode_waits_for_the_segment_that_continues_the_timeline() {
        EdgeProperties d = EdgeProperties.DEFAULTS;
        EdgeTimeline continuous = new EdgeTimeline(new EdgeProperties(d.segmentDuration(), d.stallThreshold(),
                d.cleanTime(), d.pollInterval(), d.windowSize(), d.segmentCache(), d.startupGrace(),
                SwitchMode.CONTINUOUS));
        continuous.follow(PRIMARY);
        continuous.offer(PRIMARY, origin(Duration.ZERO, 0, 5), A);
        continuous.follow(BACKUP);

        assertThat(continuous.offer(BACKUP, origin(Duration.ZERO, 0, 5), B)).isEmpty();
        assertThat(continuous.offer(BACKUP, origin(Duration.ZERO, 0, 6), B))
                .extracting(EdgeSegment::programDateTime).containsExactly(T0.plusSeconds(10));
    }

    @Test
    void takes_each_origin_segment_once() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 3), A);
        assertThat(timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 3), A)).isEmpty();
        assertThat(timeline.offer(PRIMARY, origin(Duration.ZERO, 1, 3), A)).extracting(EdgeSegment::sequence)
                .containsExactly(3L);
    }

    @Test
    void marks_a_discontinuity_when_the_followed_encoder_restarts_unnoticed() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 4), A);

        MediaPlaylist restarted = new MediaPlaylist(2, 0, 0, List.of(new Segment("seg0.ts", Duration.ofSeconds(2),
                T0.plusSeconds(9), 0, false)), false);
        List<EdgeSegment> appended = timeline.offer(PRIMARY, restarted, A);

        assertThat(appended).singleElement().satisfies(s -> assertThat(s.discontinuity()).isTrue());
    }

    @Test
    void ignores_the_source_it_does_not_follow_and_holds_while_both_are_down() {
        timeline.follow(PRIMARY);
        assertThat(timeline.offer(BACKUP, origin(Duration.ZERO, 0, 3), B)).isEmpty();
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 3), A);
        timeline.follow(null);
        assertThat(timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 6), A)).isEmpty();
        assertThat(timeline.playlist().segments()).hasSize(3);
    }

    @Test
    void serves_segments_that_just_slid_out_of_the_window() {
        timeline.follow(PRIMARY);
        timeline.offer(PRIMARY, origin(Duration.ZERO, 0, 12), A);

        assertThat(timeline.playlist().mediaSequence()).isEqualTo(4);
        assertThat(timeline.find(1)).hasValueSatisfying(s -> assertThat(s.origin().getPath())
                .isEqualTo("/hls/c1/original/seg1.ts"));
        assertThat(timeline.find(12)).isEmpty();
    }

    /** Origin segments first..first+count-1, PDT = T0 + offset + 2 s × n. */
    private static MediaPlaylist origin(Duration offset, long first, int count) {
        List<Segment> segments = LongStream.range(first, first + count)
                .mapToObj(n -> new Segment("seg" + n + ".ts", Duration.ofSeconds(2),
                        T0.plus(offset).plusSeconds(2 * n), n, false))
                .toList();
        return new MediaPlaylist(2, first, 0, segments, false);
    }
}
