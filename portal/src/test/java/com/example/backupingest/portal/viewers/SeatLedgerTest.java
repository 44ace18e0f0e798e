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

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T05:00:00Z"));
    private final SeatLedger ledger = new SeatLedger(GRACE, RELEASE, clock);

    @Test
    void an_assignment_holds_its_seat_for_the_first_load_grace_and_no_longer() {
        reserve("c-1", "viewer-a", 10, "edge-1");

        clock.advance(GRACE.minusSeconds(1));
        assertThat(ledger.holds("c-1", "viewer-a")).isTrue();
        assertThat(ledger.ofAccount(ACCOUNT)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(ledger.holds("c-1", "viewer-a")).isFalse();
        assertThat(ledger.ofAccount(ACCOUNT)).isZero();
        assertThat(ledger.perEdge("c-1")).isEmpty();
    }

    @Test
    void playlist_loads_keep_the_seat_until_release_after_plus_a_second_of_silence() {
        reserve("c-1", "viewer-a", 10, "edge-1");
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(2));
            ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-a", clock.instant());
        }
        assertThat(ledger.holds("c-1", "viewer-a")).as("40 s on, kept by its loads").isTrue();

        clock.advance(RELEASE.plusMillis(999));
        assertThat(ledger.holds("c-1", "viewer-a")).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(ledger.holds("c-1", "viewer-a")).as("tab closed: freed after release-after + 1 s").isFalse();
    }

    @Test
    void a_tab_closed_right_after_its_first_load_frees_the_seat_after_release_not_after_the_grace() {
        reserve("c-1", "viewer-a", 10, "edge-1");
        clock.advance(Duration.ofSeconds(1));
        ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-a", clock.instant());

        clock.advance(RELEASE.plusSeconds(1));

        assertThat(ledger.holds("c-1", "viewer-a")).as("5 s after its only load, not 15 s").isFalse();
    }

    @Test
    void viewers_are_counted_per_edge_of_a_content_and_per_account_across_its_contents() {
        ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-a", clock.instant());
        ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-b", clock.instant());
        ledger.seen(ACCOUNT, "c-1", "edge-2", "viewer-c", clock.instant());
        ledger.seen(ACCOUNT, "c-2", "edge-1", "viewer-a", clock.instant());
        ledger.seen(8, "c-3", "edge-1", "viewer-d", clock.instant());
        ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-a", clock.instant());

        assertThat(ledger.perEdge("c-1")).isEqualTo(Map.of("edge-1", 2, "edge-2", 1));
        assertThat(ledger.perEdge("c-2")).isEqualTo(Map.of("edge-1", 1));
        assertThat(ledger.ofAccount(ACCOUNT)).as("one seat per viewer and content").isEqualTo(4);
        assertThat(ledger.ofAccount(8)).isEqualTo(1);
        assertThat(ledger.ofAccount(9)).isZero();
    }

    @Test
    void a_viewer_that_moved_is_counted_on_the_edge_that_reports_it() {
        reserve("c-1", "viewer-a", 10, "edge-1");
        ledger.seen(ACCOUNT, "c-1", "edge-2", "viewer-a", clock.instant());

        assertThat(ledger.perEdge("c-1")).isEqualTo(Map.of("edge-2", 1));
    }

    @Test
    void reports_older_than_a_release_are_ignored_and_an_edge_clock_ahead_holds_no_longer_than_ours() {
        ledger.seen(ACCOUNT, "c-1", "edge-1", "late", clock.instant().minus(RELEASE).minusSeconds(2));
        ledger.seen(ACCOUNT, "c-1", "edge-1", "ahead", clock.instant().plusSeconds(60));

        assertThat(ledger.holds("c-1", "late")).isFalse();
        clock.advance(RELEASE.plusSeconds(1));
        assertThat(ledger.holds("c-1", "ahead")).isFalse();
    }

    @Test
    void the_last_seat_goes_to_one_new_viewer_and_refusals_report_once_per_episode() {
        assertThat(reserve("c-1", "viewer-a", 2, "edge-1").granted()).isTrue();
        assertThat(reserve("c-2", "viewer-b", 2, "edge-1").granted()).as("seats are the account's").isTrue();

        SeatLedger.Reservation first = reserve("c-1", "viewer-c", 2, "edge-1");
        SeatLedger.Reservation again = reserve("c-1", "viewer-d", 2, "edge-1");
        assertThat(first.granted()).isFalse();
        assertThat(first.firstRefusal()).isTrue();
        assertThat(again.firstRefusal()).isFalse();
        assertThat(reserve("c-1", "viewer-a", 2, "edge-1").granted()).as("a seat holder keeps its seat").isTrue();
        assertThat(reserve("c-1", "viewer-c", 2, "edge-1").firstRefusal()).as("still the same episode").isFalse();

        clock.advance(GRACE.minusSeconds(1));
        ledger.seen(ACCOUNT, "c-1", "edge-1", "viewer-a", clock.instant());
        clock.advance(Duration.ofSeconds(1));
        assertThat(reserve("c-1", "viewer-c", 2, "edge-1").granted()).as("viewer-b's seat is free").isTrue();
        SeatLedger.Reservation nextEpisode = reserve("c-1", "viewer-d", 2, "edge-1");
        assertThat(nextEpisode.granted()).isFalse();
        assertThat(nextEpisode.firstRefusal()).isTrue();
    }

    @Test
    void the_edge_chooser_sees_the_held_edge_and_the_contents_viewers_per_edge() {
        ledger.seen(ACCOUNT, "c-1", "edge-2", "viewer-a", clock.instant());
        List<String> held = new ArrayList<>();
        List<Map<String, Integer>> loads = new ArrayList<>();

        ledger.reserve(ACCOUNT, "c-1", "viewer-a", 5, (h, l) -> {
            held.add(h);
            loads.add(l);
            return "edge-3";
        });

        assertThat(held).containsExactly("edge-2");
        assertThat(loads).containsExactly(Map.of("edge-2", 1));
        assertThat(ledger.perEdge("c-1")).isEqualTo(Map.of("edge-3", 1));
    }

    @Test
    void concurrent_new_viewers_never_take_more_seats_than_booked() throws Exception {
        int seats = 50;
        List<Callable<Boolean>> viewers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String viewer = "viewer-" + i;
            viewers.add(() -> reserve("c-" + (viewer.hashCode() & 3), viewer, seats, "edge-1").granted());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            long granted = 0;
            for (Future<Boolean> result : pool.invokeAll(viewers)) {
                granted += result.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(seats);
        }
        assertThat(ledger.ofAccount(ACCOUNT)).isEqualTo(seats);
    }

    private SeatLedger.Reservation reserve(String content, String viewer, int seats, String edge) {
        return ledger.reserve(ACCOUNT, content, viewer, seats, (held, loads) -> held != null ? held : edge);
    }
}
