package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SeatLedgerTest {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration RELEASE = Duration.ofSeconds(4);
    private static final long ACCOUNT = 7;
    private static final String HOME = "198.51.100.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T05:00:00Z"));
    private final SeatLedger ledger = new SeatLedger(GRACE, RELEASE, clock);

    @Test
    void an_assignment_holds_no_seat_only_playback_does() {
        assertThat(admit("c-1", "viewer-a", 10, "edge-1").granted()).isTrue();
        assertThat(ledger.ofAccount(ACCOUNT)).isZero();
        assertThat(ledger.holds("c-1", "viewer-a")).isFalse();

        assertThat(seen("c-1", "edge-1", "viewer-a")).isTrue();
        assertThat(ledger.ofAccount(ACCOUNT)).isEqualTo(1);
        assertThat(ledger.holds("c-1", "viewer-a")).isTrue();
    }

    @Test
    void five_hundred_assignments_of_made_up_viewers_take_no_seat_from_a_real_one() {
        for (int i = 0; i < 500; i++) {
            assertThat(admit("c-1", "forged-" + i, 500, "edge-1").granted()).isTrue();
        }

        assertThat(ledger.ofAccount(ACCOUNT)).isZero();
        assertThat(admit("c-1", "real-viewer", 500, "edge-1").granted()).isTrue();
        assertThat(seen("c-1", "edge-1", "real-viewer")).isTrue();
    }

    @Test
    void playlist_loads_keep_the_seat_until_release_after_plus_a_second_of_silence() {
        admit("c-1", "viewer-a", 10, "edge-1");
        for (int i = 0; i < 10; i++) {
            seen("c-1", "edge-1", "viewer-a");
            clock.advance(Duration.ofSeconds(2));
        }
        assertThat(ledger.holds("c-1", "viewer-a")).isTrue();

        clock.advance(Duration.ofMillis(3_100)); // 5.1 s after the last report
        assertThat(ledger.holds("c-1", "viewer-a")).isFalse();
        assertThat(ledger.ofAccount(ACCOUNT)).isZero();
    }

    @Test
    void the_first_load_beyond_the_booked_seats_is_refused_and_seat_holders_keep_theirs() {
        admit("c-1", "viewer-a", 2, "edge-1");
        admit("c-2", "viewer-b", 2, "edge-1");
        admit("c-1", "viewer-c", 2, "edge-1");
        assertThat(seen("c-1", "edge-1", "viewer-a")).isTrue();
        assertThat(seen("c-2", "edge-1", "viewer-b")).as("seats are the account's").isTrue();

        assertThat(seen("c-1", "edge-1", "viewer-c")).as("all seats held").isFalse();
        assertThat(ledger.ofAccount(ACCOUNT)).isEqualTo(2);
        assertThat(seen("c-1", "edge-1", "viewer-a")).as("a seat holder keeps its seat").isTrue();
        assertThat(admit("c-1", "viewer-d", 2, "edge-1").granted()).as("no ticket while full").isFalse();
    }

    @Test
    void viewers_are_counted_per_edge_of_a_content_per_account_and_per_client() {
        ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-a", HOME, clock.instant());
        ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-b", HOME, clock.instant());
        ledger.seen(ACCOUNT, "c-1", "edge-2", "viewer-c", "2001:db8:1:2::10", clock.instant());
        ledger.seen(ACCOUNT, "c-2", "edge-1", "viewer-a", "2001:db8:1:2::99", clock.instant());
        ledger.seen(8, "c-3", "edge-1", "viewer-d", HOME, clock.instant());
        ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-a", HOME, clock.instant());

        assertThat(ledger.perEdge("c-1")).isEqualTo(Map.of("edge-1", 2, "edge-2", 1));
        assertThat(ledger.ofAccount(ACCOUNT)).isEqualTo(4);
        assertThat(ledger.ofAccount(8)).isEqualTo(1);
        assertThat(ledger.perClient(ACCOUNT)).as("IPv6 per /64").isEqualTo(Map.of(HOME, 2, "2001:db8:1:2:0:0:0:0/64", 2));
    }

    @Test
    void a_viewer_that_moved_is_counted_on_the_edge_that_reports_it() {
        seen("c-1", "edge-1", "viewer-a");
        seen("c-1", "edge-2", "viewer-a");

        assertThat(ledger.perEdge("c-1")).isEqualTo(Map.of("edge-2", 1));
    }

    @Test
    void reports_older_than_a_release_are_ignored_and_an_edge_clock_ahead_holds_no_longer_than_ours() {
        ledger.seen(ACCOUNT, "c-1", "edge-1", "late", HOME, clock.instant().minus(RELEASE).minusSeconds(2));
        ledger.seen(ACCOUNT, "c-1", "edge-1", "ahead", HOME, clock.instant().plusSeconds(60));

        assertThat(ledger.holds("c-1", "late")).isFalse();
        clock.advance(RELEASE.plusSeconds(1).plusMillis(1));
        assertThat(ledger.holds("c-1", "ahead")).isFalse();
    }

    @Test
    void refusals_report_once_per_episode_and_a_freed_seat_lets_the_next_viewer_in() {
        seen("c-1", "edge-1", "viewer-a");
        seen("c-2", "edge-1", "viewer-b");
        SeatLedger.Admission first = admit("c-1", "viewer-c", 2, "edge-1");
        SeatLedger.Admission again = admit("c-1", "viewer-d", 2, "edge-1");
        assertThat(first.granted()).isFalse();
        assertThat(first.firstRefusal()).isTrue();
        assertThat(again.firstRefusal()).isFalse();
        assertThat(admit("c-1", "viewer-a", 2, "edge-1").granted()).as("a seat holder gets a new ticket").isTrue();

        clock.advance(Duration.ofSeconds(3));
        seen("c-1", "edge-1", "viewer-a");
        clock.advance(Duration.ofSeconds(3)); // viewer-b silent for 6 s
        assertThat(admit("c-1", "viewer-c", 2, "edge-1").granted()).as("viewer-b's seat is free").isTrue();
        assertThat(seen("c-1", "edge-1", "viewer-c")).isTrue();
        SeatLedger.Admission nextEpisode = admit("c-1", "viewer-d", 2, "edge-1");
        assertThat(nextEpisode.firstRefusal()).isTrue();
    }

    @Test
    void the_edge_chooser_sees_the_held_edge_and_the_contents_viewers_and_unplayed_tickets_per_edge() {
        seen("c-1", "edge-2", "viewer-a");
        admit("c-1", "viewer-b", 5, "edge-1");
        List<String> held = new ArrayList<>();
        List<Map<String, Integer>> loads = new ArrayList<>();

        ledger.admit(ACCOUNT, "c-1", "viewer-a", 5, (h, l) -> {
            held.add(h);
            loads.add(l);
            return "edge-3";
        });

        assertThat(held).containsExactly("edge-2");
        assertThat(loads).containsExactly(Map.of("edge-2", 1, "edge-1", 1));
        assertThat(ledger.perEdge("c-1")).as("only playback counts").isEqualTo(Map.of("edge-2", 1));
    }

    @Test
    void concurrent_first_loads_never_take_more_seats_than_booked() throws Exception {
        int seats = 50;
        ledger.admit(ACCOUNT, "c-0", "someone", seats, (h, l) -> "edge-1"); // the assignment tells the booked seats
        List<Callable<Boolean>> viewers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String viewer = "viewer-" + i;
            viewers.add(() -> ledger.seen(ACCOUNT, "c-" + (viewer.hashCode() & 3), "edge-1", viewer, HOME,
                    clock.instant()));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            long seated = 0;
            for (Future<Boolean> result : pool.invokeAll(viewers)) {
                seated += result.get() ? 1 : 0;
            }
            assertThat(seated).isEqualTo(seats);
        }
        assertThat(ledger.ofAccount(ACCOUNT)).isEqualTo(seats);
    }

    private SeatLedger.Admission admit(String content, String viewer, int seats, String edge) {
        return ledger.admit(ACCOUNT, content, viewer, seats, (held, loads) -> held != null ? held : edge);
    }

    private boolean seen(String content, String edge, String viewer) {
        return ledger.seen(ACCOUNT, content, edge, viewer, HOME, clock.instant());
    }
}
