package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.api.EdgeCountRule;
import com.example.backupingest.monitor.api.viewer.EdgeHosts;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.streamsetup.PublicContents;
import com.example.backupingest.portal.streamsetup.PublicContents.PublicContent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Gives a viewer its distribution server (logical edge) and a signed ticket for it. A viewer keeps
 * its edge for the broadcast unless it names it in {@code avoid} (the edge died: it moves to the
 * least-loaded other one); a new viewer gets the least-loaded edge of the content, or "all seats are
 * taken". The ticket holds no seat: its first playlist load on the edge takes one, before
 * {@code firstLoadGrace} is over.
 */
final class AssignmentService {

    static final int RETRY_NOT_LIVE = 5;
    static final int RETRY_ENDED = 10;
    static final int RETRY_SEATS_FULL = 3;

    private final PublicContents contents;
    private final AccountDirectory accounts;
    private final EdgeCountRule edgeRule;
    private final BroadcastStatus broadcasts;
    private final SeatLedger ledger;
    private final StickyEdges sticky;
    private final DistributionServers servers;
    private final TicketIssuer tickets;
    private final Duration firstLoadGrace;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(PublicContents contents, AccountDirectory accounts, EdgeCountRule edgeRule,
            BroadcastStatus broadcasts, SeatLedger ledger, StickyEdges sticky, DistributionServers servers,
            TicketIssuer tickets, Duration firstLoadGrace, ApplicationEventPublisher events, Clock clock) {
        this.contents = contents;
        this.accounts = accounts;
        this.edgeRule = edgeRule;
        this.broadcasts = broadcasts;
        this.ledger = ledger;
        this.sticky = sticky;
        this.servers = servers;
        this.tickets = tickets;
        this.firstLoadGrace = firstLoadGrace;
        this.events = events;
        this.clock = clock;
    }

    /** {@code viewerId} and {@code avoid} are expected to be well-formed (the controller checks them). */
    Assignment assign(String contentId, String viewerId, @Nullable String avoid, RequestOrigin origin) {
        Optional<PublicContent> content = contents.find(contentId);
        Optional<AccountSummary> account = content.flatMap(c -> accounts.find(c.accountId()));
        if (account.isEmpty()) {
            return Assignment.waiting(Assignment.UNKNOWN, 0);
        }
        switch (broadcasts.state(contentId)) {
            case NOT_STARTED -> {
                sticky.forget(contentId);
                return Assignment.waiting(Assignment.NOT_LIVE_YET, RETRY_NOT_LIVE);
            }
            case ENDED -> {
                sticky.forget(contentId);
                return Assignment.waiting(Assignment.ENDED, RETRY_ENDED);
            }
            case LIVE -> {
                // assigned below
            }
        }
        sticky.sweepSometimes(ledger::holds);
        int seats = account.get().viewerSeats();
        List<String> edges = IntStream.rangeClosed(1, edgeRule.edgesFor(seats)).mapToObj(i -> "edge-" + i).toList();
        SeatLedger.Admission admission = ledger.admit(account.get().id(), contentId, viewerId, seats,
                (held, loads) -> chooseEdge(contentId, viewerId, avoid, held, edges, loads));
        if (!admission.granted()) {
            if (admission.firstRefusal()) {
                events.publishEvent(new SeatsFull(account.get().id(), contentId, seats, clock.instant()));
            }
            return Assignment.waiting(Assignment.SEATS_FULL, RETRY_SEATS_FULL);
        }
        String edge = admission.edgeId();
        sticky.remember(contentId, viewerId, edge);
        String ticket = tickets.issue(contentId, edge, viewerId, TicketKind.VIEWER, firstLoadGrace);
        return Assignment.live(edge,
                servers.baseFor(edge, origin) + "/edge/" + contentId + "/" + edge + "/v/" + ticket + "/master.m3u8");
    }

    private String chooseEdge(String contentId, String viewerId, @Nullable String avoid, @Nullable String held,
            List<String> edges, Map<String, Integer> loads) {
        String kept = sticky.edgeOf(contentId, viewerId).orElse(held);
        if (kept != null && edges.contains(kept) && !kept.equals(avoid)) {
            return kept;
        }
        // the avoided edge died with its host most likely: leave that distribution server altogether, or the
        // player would try the host's next logical edge and lose another timeout there
        int hosts = servers.hostCount();
        List<String> others = edges.stream().filter(edge -> !edge.equals(avoid))
                .filter(edge -> avoid == null || hosts <= 1 || EdgeHosts.hostFor(edge, hosts) != EdgeHosts.hostFor(avoid, hosts))
                .toList();
        if (others.isEmpty()) {
            others = edges.stream().filter(edge -> !edge.equals(avoid)).toList();
        }
        // a content with one edge has nowhere else to go: the player retries on it
        return LeastLoadedEdge.pick(others.isEmpty() ? edges : others, loads, viewerId);
    }
}
