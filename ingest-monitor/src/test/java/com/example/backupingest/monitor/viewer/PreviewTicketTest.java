package com.example.backupingest.monitor.viewer;

import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The owner's preview on the Live page: no seat, valid until its expiry (short: the open page renews it), never reported. */
class PreviewTicketTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T05:00:00Z"));
    private static final String OWNER = "198.51.100.4";
    private final TicketIssuer tickets = TicketIssuer.random(clock);
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final ViewerGate gate = new ViewerGate(ViewerProperties.defaults(true), tickets.verifier(),
            (account, content, edge, viewer, address, at) -> reported.add(viewer), clock);

    @Test
    void a_preview_ticket_is_valid_until_its_expiry_without_any_load_and_refused_after_it() {
        String preview = tickets.issue("c1", "edge-1", "owner", TicketKind.PREVIEW, Duration.ofSeconds(60));

        clock.advance(Duration.ofSeconds(30)); // past the first-load grace (15 s) of a viewer ticket
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7, OWNER)).isTrue();
        assertThat(gate.admitSegment(preview, "c1", "edge-1", OWNER)).isTrue();

        clock.advance(Duration.ofSeconds(29)); // 59 s after the issue
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7, OWNER)).isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7, OWNER)).isFalse();
        assertThat(gate.admitSegment(preview, "c1", "edge-1", OWNER)).isFalse();
    }

    @Test
    void a_preview_ticket_is_bound_to_the_first_client_that_uses_it() {
        String preview = tickets.issue("c1", "edge-1", "owner", TicketKind.PREVIEW);
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7, OWNER)).isTrue();

        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7, "203.0.113.9")).isFalse();
        assertThat(gate.admitSegment(preview, "c1", "edge-1", "203.0.113.9")).isFalse();
        assertThat(gate.admitSegment(preview, "c1", "edge-1", OWNER)).isTrue();
    }

    @Test
    void preview_loads_are_never_reported_and_hold_no_seat() {
        String preview = tickets.issue("c1", "edge-1", "owner", TicketKind.PREVIEW);

        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7, OWNER)).isTrue();
        assertThat(gate.admitPlaylist(preview, "c1", "edge-1", 7, OWNER)).isTrue();

        assertThat(reported).isEmpty();
        assertThat(gate.activeViewers("c1", "edge-1")).isZero();
    }

    @Test
    void a_preview_ticket_admits_only_the_content_and_edge_it_was_issued_for() {
        String preview = tickets.issue("c1", "edge-1", "owner", TicketKind.PREVIEW);

        assertThat(gate.admitPlaylist(preview, "c1", "edge-2", 7, OWNER)).isFalse();
        assertThat(gate.admitPlaylist(preview, "c2", "edge-1", 7, OWNER)).isFalse();
        String forged = TicketIssuer.random(clock).issue("c1", "edge-1", "owner", TicketKind.PREVIEW);
        assertThat(gate.admitPlaylist(forged, "c1", "edge-1", 7, OWNER)).isFalse();
    }

    @Test
    void a_viewer_ticket_whose_seat_the_portal_refused_is_refused_from_then_on() {
        List<String> seated = new CopyOnWriteArrayList<>();
        ViewerGate full = new ViewerGate(ViewerProperties.defaults(true), tickets.verifier(),
                (account, content, edge, viewer, address, at) -> viewer.equals("first") && seated.add(viewer), clock);
        String first = tickets.issue("c1", "edge-1", "first", TicketKind.VIEWER);
        String second = tickets.issue("c1", "edge-1", "second", TicketKind.VIEWER);

        assertThat(full.admitPlaylist(first, "c1", "edge-1", 7, OWNER)).isTrue();
        assertThat(full.admitPlaylist(second, "c1", "edge-1", 7, "203.0.113.9")).isFalse();
        assertThat(full.admitSegment(second, "c1", "edge-1", "203.0.113.9")).isFalse();
        assertThat(full.stillAdmitted(second, "c1", "edge-1", "203.0.113.9")).isFalse();
        assertThat(full.activeViewers("c1", "edge-1")).isEqualTo(1);
    }

    @Test
    void a_viewer_ticket_still_holds_a_seat_only_while_its_player_keeps_loading() {
        String viewer = tickets.issue("c1", "edge-1", "viewer-a", TicketKind.VIEWER);

        assertThat(gate.admitPlaylist(viewer, "c1", "edge-1", 7, OWNER)).isTrue();
        assertThat(gate.activeViewers("c1", "edge-1")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(5)); // more than release-after (4 s)

        assertThat(gate.admitPlaylist(viewer, "c1", "edge-1", 7, OWNER)).isFalse();
        assertThat(reported).containsExactly("viewer-a");
        String late = tickets.issue("c1", "edge-1", "viewer-b", TicketKind.VIEWER);
        clock.advance(Duration.ofSeconds(16)); // past its first-load grace
        assertThat(gate.admitPlaylist(late, "c1", "edge-1", 7, OWNER)).isFalse();
    }
}
