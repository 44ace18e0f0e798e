package com.example.backupingest.monitor.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The owner's preview on the Live page: no seat, valid for hours from its issue, never reported. */
class PreviewTicketTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T05:00:00Z"));
    private final ViewerTickets tickets = ViewerTickets.random(clock);
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final ViewerGate gate = new ViewerGate(ViewerProperties.defaults(true), tickets,
            (account, content, edge, viewer, at) -> reported.add(viewer), clock);

    @Test
    void a_preview_ticket_is_still_valid_after_an_hour_without_any_load_and_refused_after_twelve_hours() {
        String preview = tickets.issue("c1", "edge-1", "owner", TicketKind.PREVIEW);

        clock.advance(Duration.ofHours(1)); // long past the first-load grace (15 s) of a viewer ticket
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7)).isTrue();
        assertThat(gate.admitSegment(preview, "c1", "edge-1")).isTrue();

        clock.advance(Duration.ofHours(11).minusSeconds(1)); // 12 h minus 1 s after the issue, no load in between
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7)).isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7)).isFalse();
        assertThat(gate.admitSegment(preview, "c1", "edge-1")).isFalse();
    }

    @Test
    void preview_loads_are_never_reported_and_hold_no_seat() {
        String preview = tickets.issue("c1", "edge-1", "owner", TicketKind.PREVIEW);

        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7)).isTrue();
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7)).isTrue();

        assertThat(reported).isEmpty();
        assertThat(gate.activeViewers("c1", "edge-1")).isZero();
    }

    @Test
    void a_preview_ticket_admits_only_the_content_and_edge_it_was_issued_for() {
        String preview = tickets.issue("c1", "edge-1", "owner", TicketKind.PREVIEW);

        assertThat(gate.admitPlaylist(preview, "c1", "edge-2", 7)).isFalse();
        assertThat(gate.admitPlaylist(preview, "c2", "edge-1", 7)).isFalse();
        String forged = ViewerTickets.random(clock).issue("c1", "edge-1", "owner", TicketKind.PREVIEW);
        assertThat(gate.admitPlaylist(forged, "c1", "edge-1", 7)).isFalse();
    }

    @Test
    void a_viewer_ticket_still_holds_a_seat_only_while_its_player_keeps_loading() {
        String viewer = tickets.issue("c1", "edge-1", "viewer-a", TicketKind.VIEWER);

        assertThat(gate.admitPlaylist(viewer, "c1", "edge-1", 7)).isTrue();
        assertThat(gate.activeViewers("c1", "edge-1")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(5)); // more than release-after (4 s)

        assertThat(gate.admitPlaylist(viewer, "c1", "edge-1", 7)).isFalse();
        assertThat(reported).containsExactly("viewer-a");
        String late = tickets.issue("c1", "edge-1", "viewer-b", TicketKind.VIEWER);
        clock.advance(Duration.ofSeconds(16)); // past its first-load grace
        assertThat(gate.admitPlaylist(late, "c1", "edge-1", 7)).isFalse();
    }
}
