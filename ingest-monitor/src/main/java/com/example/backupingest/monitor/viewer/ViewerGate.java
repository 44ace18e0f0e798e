package com.example.backupingest.monitor.viewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The edges' door: a request gets in with a ticket issued for exactly this content and edge, and
 * only while its viewer still holds the seat: the first playlist within {@code firstLoadGrace} of
 * the issue, every later one within {@code releaseAfter} of the previous. A viewer that stayed away
 * longer has left; its ticket stays refused (the portal may have given the seat to someone else),
 * so the player asks for a new one. Playlist loads of viewer tickets are reported to the sink.
 * Preview tickets (the owner's Live page) hold no seat: valid for {@code previewValidity} from their
 * issue, never reported, never counted.
 */
public final class ViewerGate {

    private record Key(String contentId, String edgeId, String viewerId) {
    }

    private record Visit(Instant issuedAt, Instant lastSeen) {
    }

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);
    /** The portal's clock may run a little ahead of the edge's. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final ViewerProperties properties;
    private final ViewerTickets tickets;
    private final ViewerSink sink;
    private final Clock clock;
    private final Map<Key, Visit> visits = new ConcurrentHashMap<>();
    /** Tokens whose signature was checked: a player sends the same token every request (with a front, every second). */
    private final Map<String, ViewerTicket> verified = new ConcurrentHashMap<>();
    private volatile Instant nextSweep;
    private volatile Admissions admissions = Admissions.NONE;

    /** Told of every ticket the gate let in (a web server in front may then serve that ticket itself). */
    @FunctionalInterface
    public interface Admissions {
        Admissions NONE = (token, ticket) -> {
        };

        void admitted(String token, ViewerTicket ticket);
    }

    public ViewerGate(ViewerProperties properties, ViewerTickets tickets, ViewerSink sink, Clock clock) {
        this.properties = properties;
        this.tickets = tickets;
        this.sink = sink;
        this.clock = clock;
        this.nextSweep = clock.instant().plus(SWEEP_EVERY);
    }

    public void tellAdmissions(Admissions admissions) {
        this.admissions = admissions;
    }

    /** Whether the ticket would still be let in now (its viewer holds the seat, or a preview within its validity). */
    public boolean stillAdmitted(String token, String contentId, String edgeId) {
        return valid(token, contentId, edgeId, clock.instant()).isPresent();
    }

    /** Whether URLs without a ticket are refused. */
    public boolean requireTicket() {
        return properties.requireTicket();
    }

    /** A playlist load: admitted tickets keep their seat (and viewer tickets are reported). */
    public boolean admitPlaylist(String token, String contentId, String edgeId, long accountId) {
        Instant now = clock.instant();
        Optional<ViewerTicket> ticket = valid(token, contentId, edgeId, now);
        ticket.filter(t -> t.kind() == TicketKind.VIEWER).ifPresent(t -> {
            visits.put(key(t), new Visit(t.issuedAt(), now));
            sink.seen(accountId, contentId, edgeId, t.viewerId(), now);
        });
        sweepSometimes(now);
        ticket.ifPresent(t -> admissions.admitted(token, t));
        return ticket.isPresent();
    }

    /** A segment: admitted while the ticket holds its seat; does not renew it (playlists do). */
    public boolean admitSegment(String token, String contentId, String edgeId) {
        Optional<ViewerTicket> ticket = valid(token, contentId, edgeId, clock.instant());
        ticket.ifPresent(t -> admissions.admitted(token, t));
        return ticket.isPresent();
    }

    /** Viewers that loaded a playlist of this edge within {@code releaseAfter}, previews excluded. */
    public int activeViewers(String contentId, String edgeId) {
        Instant cutoff = clock.instant().minus(properties.releaseAfter());
        return (int) visits.entrySet().stream()
                .filter(e -> e.getKey().contentId().equals(contentId) && e.getKey().edgeId().equals(edgeId))
                .filter(e -> !e.getValue().lastSeen().isBefore(cutoff))
                .count();
    }

    private Optional<ViewerTicket> valid(String token, String contentId, String edgeId, Instant now) {
        ViewerTicket known = verified.get(token);
        Optional<ViewerTicket> ticket = known != null ? Optional.of(known) : tickets.verify(token);
        if (known == null) {
            ticket.ifPresent(t -> verified.put(token, t));
        }
        return ticket
                .filter(t -> t.contentId().equals(contentId) && t.edgeId().equals(edgeId))
                .filter(t -> t.kind() == TicketKind.PREVIEW ? previewValid(t, now) : holdsSeat(t, now));
    }

    private boolean previewValid(ViewerTicket ticket, Instant now) {
        return !now.isAfter(ticket.issuedAt().plus(properties.previewValidity()))
                && !now.isBefore(ticket.issuedAt().minus(CLOCK_SKEW));
    }

    private boolean holdsSeat(ViewerTicket ticket, Instant now) {
        Visit visit = visits.get(key(ticket));
        if (visit == null || visit.issuedAt().isBefore(ticket.issuedAt())) {
            // never seen (or only an older ticket of the same viewer): a fresh ticket has its grace
            return !now.isAfter(ticket.issuedAt().plus(properties.firstLoadGrace()))
                    && !now.isBefore(ticket.issuedAt().minus(CLOCK_SKEW));
        }
        return visit.issuedAt().equals(ticket.issuedAt())
                && !now.isAfter(visit.lastSeen().plus(properties.releaseAfter()));
    }

    /** Forgets visits whose ticket could not come back anyway (past its grace and its release). */
    private void sweepSometimes(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        Duration keep = properties.firstLoadGrace().plus(properties.releaseAfter());
        visits.values().removeIf(v -> v.issuedAt().plus(keep).isBefore(now)
                && v.lastSeen().plus(properties.releaseAfter()).isBefore(now));
        // a token that can no longer get in need not be remembered as checked
        verified.entrySet().removeIf(e -> e.getValue().kind() == TicketKind.PREVIEW ? !previewValid(e.getValue(), now)
                : !holdsSeat(e.getValue(), now));
    }

    private static Key key(ViewerTicket ticket) {
        return new Key(ticket.contentId(), ticket.edgeId(), ticket.viewerId());
    }
}
