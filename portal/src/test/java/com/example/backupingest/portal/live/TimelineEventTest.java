package com.example.backupingest.portal.live;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** One failover is one row, however many distribution servers took part in it. */
class TimelineEventTest {

    private static final Instant T = Instant.parse("2026-12-01T18:00:00Z");

    @Test
    void the_three_edges_leaving_a_broken_primary_are_one_event_with_its_first_moment() {
        List<TimelineEvent> events = TimelineEvent.group(List.of(
                entry("edge-2", 900, PRIMARY, BACKUP, FailoverCause.PUBLISHER_GONE),
                entry("edge-3", 400, PRIMARY, BACKUP, FailoverCause.PUBLISHER_GONE),
                entry("edge-1", 300, PRIMARY, BACKUP, FailoverCause.PUBLISHER_GONE)));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.cause()).isEqualTo(FailoverCause.PUBLISHER_GONE);
            assertThat(e.edges()).extracting(TimelineEntry::edgeId).containsExactly("edge-2", "edge-3", "edge-1");
            assertThat(e.at()).isEqualTo(T.plusMillis(300));
        });
    }

    @Test
    void a_different_move_or_cause_or_a_later_break_starts_a_new_event() {
        List<TimelineEvent> events = TimelineEvent.group(List.of(
                entry("edge-1", 60_000, BACKUP, PRIMARY, FailoverCause.PUBLISHER_GONE), // back to A a minute later
                entry("edge-1", 12_000, PRIMARY, BACKUP, FailoverCause.STALL), // A froze again after 12 s
                entry("edge-2", 500, PRIMARY, BACKUP, FailoverCause.DRILL),
                entry("edge-1", 400, PRIMARY, BACKUP, FailoverCause.DRILL),
                entry("edge-1", 0, null, PRIMARY, FailoverCause.START)));

        assertThat(events).extracting(TimelineEvent::cause).containsExactly(FailoverCause.PUBLISHER_GONE,
                FailoverCause.STALL, FailoverCause.DRILL, FailoverCause.START);
        assertThat(events.get(2).edges()).hasSize(2);
        assertThat(events.get(2).drill()).isTrue();
    }

    @Test
    void the_same_edge_twice_is_two_events_and_seats_full_rows_stay_alone() {
        List<TimelineEvent> events = TimelineEvent.group(List.of(
                entry("edge-1", 2_000, PRIMARY, BACKUP, FailoverCause.PUBLISHER_GONE),
                entry("edge-1", 1_000, PRIMARY, BACKUP, FailoverCause.PUBLISHER_GONE),
                TimelineEntry.seatsFull(T.plusMillis(900), "c1", 500),
                TimelineEntry.seatsFull(T.plusMillis(800), "c1", 500)));

        assertThat(events).extracting(e -> e.edges().size()).containsExactly(1, 1, 1, 1);
        assertThat(events.get(2).kind()).isEqualTo(TimelineEntry.Kind.SEATS_FULL);
    }

    private static TimelineEntry entry(String edge, long millis, @Nullable Entrypoint from, @Nullable Entrypoint to,
            FailoverCause cause) {
        return new TimelineEntry(T.plusMillis(millis), "c1", edge, from, to, cause, Duration.ofMillis(200));
    }
}
