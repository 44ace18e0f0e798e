package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.EdgeCountRule;
import com.example.backupingest.monitor.testing.MutableClock;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.ViewerTicket;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.streamsetup.PublicContents.PublicContent;
import com.example.backupingest.portal.viewers.BroadcastStatus.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AssignmentServiceTest {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final RequestOrigin ORIGIN = new RequestOrigin("http", "portal.example", 8080, "");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T05:00:00Z"));
    private final Map<Long, AccountSummary> accounts = new HashMap<>();
    private final Map<String, PublicContent> contents = new HashMap<>();
    private final AtomicReference<State> state = new AtomicReference<>(State.LIVE);
    private final List<Object> events = new ArrayList<>();
    private final TicketIssuer tickets = TicketIssuer.random(clock);
    private final SeatLedger ledger = new SeatLedger(GRACE, Duration.ofSeconds(4), clock);
    private final AssignmentService service = service(ledger);

    AssignmentServiceTest() {
        account(1, 2_500, "big");
        account(2, 2, "small");
        account(3, 500, "single");
    }

    @ParameterizedTest(name = "{0} -> {1}, retry {2}")
    @CsvSource({"NOT_STARTED, not-live-yet, 5", "ENDED, ended, 10", "LIVE, live, 0"})
    void the_broadcast_state_decides_before_any_seat_is_taken(State broadcast, String expected, int retry) {
        state.set(broadcast);

        Assignment assignment = assign("big", "viewer-0001", null);

        assertThat(assignment.state()).isEqualTo(expected);
        assertThat(assignment.retryAfterSeconds()).isEqualTo(retry);
        assertThat(ledger.ofAccount(1)).as("an assignment holds no seat").isZero();
    }

    @Test
    void an_unknown_content_is_unknown() {
        assertThat(assign("no-such", "viewer-0001", null)).isEqualTo(Assignment.waiting(Assignment.UNKNOWN, 0));
    }

    @Test
    void a_live_assignment_is_a_ticketed_master_url_on_the_edges_distribution_server() {
        Assignment assignment = assign("big", "viewer-0001", null);

        String prefix = "http://portal.example:8080/edge/big/" + assignment.edgeId() + "/v/";
        assertThat(assignment.master()).startsWith(prefix).endsWith("/master.m3u8");
        String ticket = assignment.master().substring(prefix.length(), assignment.master().length() - 12);
        assertThat(tickets.verifier().verify(ticket)).contains(new ViewerTicket("big", assignment.edgeId(),
                "viewer-0001", TicketKind.VIEWER, clock.instant(), clock.instant().plus(GRACE)));
    }

    @ParameterizedTest(name = "loads {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "2,0,1; edge-2",
            "0,1,1; edge-1",
            "3,3,2; edge-3",
            "5,4,9; edge-2"})
    void a_new_viewer_gets_the_least_loaded_edge_of_the_content(String loads, String expected) {
        int[] perEdge = java.util.Arrays.stream(loads.split(",")).mapToInt(Integer::parseInt).toArray();
        for (int edge = 0; edge < perEdge.length; edge++) {
            for (int v = 0; v < perEdge[edge]; v++) {
                ledger.seen(1, "big", "edge-" + (edge + 1), "other-" + edge + "-" + v, "192.0.2.1", clock.instant());
            }
        }

        assertThat(assign("big", "newcomer-1", null).edgeId()).isEqualTo(expected);
    }

    @Test
    void equally_loaded_edges_are_decided_by_the_viewers_hash_the_same_way_every_time() {
        List<String> edges = List.of("edge-1", "edge-2", "edge-3");
        Set<String> chosen = IntStream.range(0, 30).mapToObj(i -> "viewer-" + (1000 + i)).map(viewer -> {
            String edge = service(new SeatLedger(GRACE, Duration.ofSeconds(4), clock)).assign("big", viewer, null,
                    ORIGIN).edgeId();
            assertThat(service(new SeatLedger(GRACE, Duration.ofSeconds(4), clock))
                    .assign("big", viewer, null, ORIGIN).edgeId()).as("stable for " + viewer).isEqualTo(edge);
            assertThat(edge).isEqualTo(edges.get((int) (LeastLoadedEdge.hash(viewer) % 3)));
            return edge;
        }).collect(Collectors.toSet());

        assertThat(chosen).as("hashes spread over all edges").containsExactlyInAnyOrderElementsOf(edges);
    }

    @Test
    void thirty_viewers_of_an_account_with_2500_seats_spread_evenly_over_its_three_edges() {
        Map<String, Integer> spread = new HashMap<>();
        IntStream.range(0, 30).forEach(i -> spread.merge(assign("big", "viewer-" + (2000 + i), null).edgeId(), 1,
                Integer::sum));

        assertThat(spread).as("unplayed tickets count for the choice").isEqualTo(
                Map.of("edge-1", 10, "edge-2", 10, "edge-3", 10));
    }

    @Test
    void a_viewer_keeps_its_edge_for_the_broadcast_however_the_load_moves() {
        String edge = assign("big", "sticky-viewer", null).edgeId();
        for (int v = 0; v < 20; v++) {
            ledger.seen(1, "big", edge, "crowd-" + v, "192.0.2.1", clock.instant());
        }

        assertThat(assign("big", "sticky-viewer", null).edgeId()).as("asks again at once").isEqualTo(edge);
        clock.advance(Duration.ofMinutes(5));
        assertThat(ledger.holds("big", "sticky-viewer")).isFalse();
        assertThat(assign("big", "sticky-viewer", null).edgeId()).as("comes back without a seat").isEqualTo(edge);
    }

    @Test
    void a_viewer_whose_edge_died_moves_to_the_least_loaded_other_edge_and_stays_there() {
        String dead = assign("big", "moving-viewer", null).edgeId();
        List<String> others = List.of("edge-1", "edge-2", "edge-3").stream().filter(e -> !e.equals(dead)).toList();
        ledger.seen(1, "big", others.get(0), "crowd-1", "192.0.2.1", clock.instant());

        Assignment moved = assign("big", "moving-viewer", dead);

        assertThat(moved.edgeId()).isEqualTo(others.get(1));
        assertThat(moved.master()).contains("/" + others.get(1) + "/v/");
        assertThat(assign("big", "moving-viewer", null).edgeId()).isEqualTo(others.get(1));
    }

    @Test
    void a_viewer_whose_edge_died_leaves_that_distribution_server_not_only_that_edge() {
        // two hosts: host 1 serves edge-1 and edge-3, host 2 serves edge-2
        AssignmentService twoHosts = new AssignmentService(id -> Optional.ofNullable(contents.get(id)),
                directory(), EdgeCountRule.DEFAULT, id -> state.get(), ledger, new StickyEdges(clock),
                DistributionServers.of(List.of(), List.of(8091, 8092)), tickets, GRACE, events::add, clock);
        ledger.seen(1, "big", "edge-2", "crowd-1", "192.0.2.1", clock.instant());
        ledger.seen(1, "big", "edge-2", "crowd-2", "192.0.2.1", clock.instant());

        Assignment moved = twoHosts.assign("big", "on-host-1", "edge-1", ORIGIN);

        assertThat(moved.edgeId()).as("edge-3 is less loaded but on the dead host").isEqualTo("edge-2");
        assertThat(moved.master()).startsWith("http://portal.example:8092/edge/big/edge-2/v/");
    }

    @Test
    void avoiding_the_only_edge_of_a_content_keeps_it() {
        assertThat(assign("single", "lonely-viewer", null).edgeId()).isEqualTo("edge-1");
        assertThat(assign("single", "lonely-viewer", "edge-1").edgeId()).isEqualTo("edge-1");
    }

    @Test
    void when_all_seats_are_held_a_new_viewer_waits_and_one_event_tells_the_live_page() {
        assertThat(assign("small", "viewer-a-1", null).state()).isEqualTo(Assignment.LIVE);
        assertThat(assign("small", "viewer-b-1", null).state()).isEqualTo(Assignment.LIVE);
        ledger.seen(2, "small", "edge-1", "viewer-a-1", "192.0.2.1", clock.instant());
        ledger.seen(2, "small", "edge-1", "viewer-b-1", "192.0.2.2", clock.instant());

        Assignment third = assign("small", "viewer-c-1", null);
        assign("small", "viewer-c-1", null);
        assign("small", "viewer-d-1", null);

        assertThat(third).isEqualTo(Assignment.waiting(Assignment.SEATS_FULL, 3));
        assertThat(events).containsExactly(new SeatsFull(2, "small", 2, clock.instant()));
        assertThat(assign("small", "viewer-a-1", null).state()).as("seat holders keep playing").isEqualTo("live");

        // viewer-b closes its tab: only viewer-a keeps loading playlists
        clock.advance(Duration.ofSeconds(3));
        ledger.seen(2, "small", "edge-1", "viewer-a-1", "192.0.2.1", clock.instant());
        clock.advance(Duration.ofSeconds(3));
        assertThat(assign("small", "viewer-c-1", null).state()).isEqualTo(Assignment.LIVE);
        assertThat(ledger.seen(2, "small", "edge-1", "viewer-c-1", "192.0.2.3", clock.instant())).isTrue();
        assertThat(assign("small", "viewer-d-1", null).state()).isEqualTo(Assignment.SEATS_FULL);
        assertThat(events).as("a new episode").hasSize(2);
    }

    @Test
    void after_the_broadcast_ended_viewers_start_afresh_on_the_least_loaded_edge() {
        String first = assign("big", "returning-viewer", null).edgeId();
        clock.advance(GRACE.plusSeconds(1));
        state.set(State.ENDED);
        assign("big", "returning-viewer", null);
        state.set(State.LIVE);
        ledger.seen(1, "big", first, "crowd-1", "192.0.2.1", clock.instant());

        assertThat(assign("big", "returning-viewer", null).edgeId()).isNotEqualTo(first);
    }

    @Test
    void viewers_idle_for_ten_minutes_without_a_seat_are_forgotten_but_seat_holders_are_not() {
        StickyEdges sticky = new StickyEdges(clock);
        sticky.remember("big", "gone", "edge-1");
        sticky.remember("big", "watching", "edge-2");

        clock.advance(StickyEdges.FORGET_IDLE.plusSeconds(1));
        sticky.sweepSometimes((content, viewer) -> viewer.equals("watching"));

        assertThat(sticky.edgeOf("big", "gone")).isEmpty();
        assertThat(sticky.edgeOf("big", "watching")).contains("edge-2");
    }

    private Assignment assign(String content, String viewer, String avoid) {
        return service.assign(content, viewer, avoid, ORIGIN);
    }

    private AssignmentService service(SeatLedger seats) {
        return new AssignmentService(id -> Optional.ofNullable(contents.get(id)), directory(), EdgeCountRule.DEFAULT,
                id -> state.get(), seats, new StickyEdges(clock), DistributionServers.of(List.of(), List.of()),
                tickets, GRACE, events::add, clock);
    }

    private AccountDirectory directory() {
        return new AccountDirectory() {
            @Override
            public Optional<AccountSummary> find(long accountId) {
                return Optional.ofNullable(accounts.get(accountId));
            }

            @Override
            public AccountSummary lockForUpdate(long accountId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void account(long id, int seats, String contentId) {
        accounts.put(id, new AccountSummary(id, "K-" + id, "Company " + id, "c@test.example", "Streaming S", seats, 1,
                Locale.GERMAN));
        contents.put(contentId, new PublicContent(contentId, id, "Content " + id));
    }
}
