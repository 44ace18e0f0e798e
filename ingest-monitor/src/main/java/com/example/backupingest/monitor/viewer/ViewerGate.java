package com.example.backupingest.monitor.viewer;

import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.api.viewer.ViewerTicket;
import com.example.backupingest.monitor.api.viewer.ViewerTickets;
import com.example.backupingest.monitor.api.viewer.ViewerSink;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The edges' door: a request gets in with a ticket signed for exactly this content and edge, from
 * the one client address the ticket is bound to, and only while its viewer holds the seat. A viewer
 * ticket's first playlist load must come before the ticket's expiry and binds it to the loading
 * client's address; every later load must come from that address within {@code releaseAfter} of the
 * previous one. A ticket used from a second address at the same time is refused (docs/security.md: a
 * copied ticket is useless, the first player is not disturbed). A viewer that stayed away longer has
 * left; its ticket stays refused (the portal may have given the seat to someone else), so the player
 * asks for a new one. Playlist loads of viewer tickets are reported to the sink, which may refuse the
 * seat (all seats held): the ticket is refused from then on. Preview tickets (the owner's Live page)
 * hold no seat, are never reported, are valid until their expiry and bound to their first address.
 */
public final class ViewerGate {

    private record Key(String contentId, String edgeId, String viewerId) {
    }

    /** A viewer ticket in use; {@code refused}: the portal had no seat for it. */
    private record Visit(Instant issuedAt, Instant expiresAt, Instant lastSeen, String address, boolean refused) {
    }

    /** A preview ticket and the client it is bound to. */
    private record Binding(String address, Instant expiresAt) {
    }

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);
    /** The portal's clock may run a little ahead of the edge's. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final ViewerProperties properties;
    private final ViewerTickets tickets;
    private final ViewerSink sink;
    private final Clock clock;
    private final Map<Key, Visit> visits = new ConcurrentHashMap<>();
    private final Map<String, Binding> previews = new ConcurrentHashMap<>();
    /** Tokens whose signature was checked: a player sends the same token every request (with a front, every second). */
    private final Map<String, ViewerTicket> verified = new ConcurrentHashMap<>();
    private volatile Instant nextSweep;
    private volatile Admissions admissions = Admissions.NONE;

    /** Told of every ticket the gate let in, with its client (a web server in front may then serve it itself). */
    @FunctionalInterface
    public interface Admissions {
        Admissions NONE = (token, ticket, address) -> {
        };

        void admitted(String token, ViewerTicket ticket, String address);
    }

    public ViewerGate(ViewerProperties properties, ViewerTickets tickets, ViewerSink sink, Clock clock) {
        this.properties = properties;
        this.tickets = tickets;
        this.sink = sink;
        this.clock = clock;
        this.nextSweep = clock.instant().plus(SWEEP_EVERY);
        sink.onRefusal(this::refuse);
    }

    public void tellAdmissions(Admissions admissions) {
        this.admissions = admissions;
    }

    /** Whether the ticket would still be let in now from {@code address}. */
    public boolean stillAdmitted(String token, String contentId, String edgeId, String address) {
        Instant now = clock.instant();
        ViewerTicket ticket = ticket(token, contentId, edgeId, now);
        return ticket != null && (ticket.kind() == TicketKind.PREVIEW ? boundTo(token, address)
                : holdsSeat(ticket, address, now));
    }

    /** Whether URLs without a ticket are refused. */
    public boolean requireTicket() {
        return properties.requireTicket();
    }

    /** A playlist load from {@code address}: admitted tickets keep their seat (and viewer tickets are reported). */
    public boolean admitPlaylist(String token, String contentId, String edgeId, long accountId, String address) {
        Instant now = clock.instant();
        ViewerTicket ticket = ticket(token, contentId, edgeId, now);
        boolean admitted = false;
        if (ticket != null && ticket.kind() == TicketKind.PREVIEW) {
            admitted = bind(token, ticket, address);
        } else if (ticket != null && visit(ticket, address, now)) {
            admitted = sink.seen(accountId, contentId, edgeId, ticket.viewerId(), address, now);
            if (!admitted) {
                refuse(contentId, edgeId, ticket.viewerId());
            }
        }
        sweepSometimes(now);
        if (admitted) {
            admissions.admitted(token, ticket, address);
        }
        return admitted;
    }

    /** A segment: admitted while the ticket holds its seat for this address; does not renew it (playlists do). */
    public boolean admitSegment(String token, String contentId, String edgeId, String address) {
        Instant now = clock.instant();
        ViewerTicket ticket = ticket(token, contentId, edgeId, now);
        boolean admitted = ticket != null && (ticket.kind() == TicketKind.PREVIEW ? bind(token, ticket, address)
                : holdsSeat(ticket, address, now));
        if (admitted) {
            admissions.admitted(token, ticket, address);
        }
        return admitted;
    }

    /** The portal found no seat for this viewer: its ticket is refused from now on. */
    public void refuse(String contentId, String edgeId, String viewerId) {
        visits.computeIfPresent(new Key(contentId, edgeId, viewerId),
                (key, v) -> new Visit(v.issuedAt(), v.expiresAt(), v.lastSeen(), v.address(), true));
    }

    /** Viewers that loaded a playlist of this edge within {@code releaseAfter}, previews and refused ones excluded. */
    public int activeViewers(String contentId, String edgeId) {
        Instant cutoff = clock.instant().minus(properties.releaseAfter());
        return (int) visits.entrySet().stream()
                .filter(e -> e.getKey().contentId().equals(contentId) && e.getKey().edgeId().equals(edgeId))
                .filter(e -> !e.getValue().refused() && !e.getValue().lastSeen().isBefore(cutoff))
                .count();
    }

    /** The ticket, if it is genuine, for this content and edge, and not a preview past its expiry. */
    private @Nullable ViewerTicket ticket(String token, String contentId, String edgeId, Instant now) {
        ViewerTicket ticket = verified.get(token);
        if (ticket == null) {
            ticket = tickets.verify(token).orElse(null);
            if (ticket == null) {
                return null;
            }
            verified.put(token, ticket);
        }
        if (!ticket.contentId().equals(contentId) || !ticket.edgeId().equals(edgeId)) {
            return null;
        }
        if (ticket.kind() == TicketKind.PREVIEW && !withinLife(ticket, now)) {
            return null;
        }
        return ticket;
    }

    private static boolean withinLife(ViewerTicket ticket, Instant now) {
        return !now.isAfter(ticket.expiresAt()) && !now.isBefore(ticket.issuedAt().minus(CLOCK_SKEW));
    }

    /** A preview ticket's first request binds it to its client; others are refused. */
    private boolean bind(String token, ViewerTicket ticket, String address) {
        return previews.computeIfAbsent(token, t -> new Binding(address, ticket.expiresAt())).address().equals(address);
    }

    private boolean boundTo(String token, String address) {
        Binding binding = previews.get(token);
        return binding != null && binding.address().equals(address);
    }

    /** A viewer ticket's playlist load: its first one (before expiry) binds it, later ones renew it. */
    private boolean visit(ViewerTicket ticket, String address, Instant now) {
        boolean[] admitted = {false};
        visits.compute(key(ticket), (key, v) -> {
            if (v == null || v.issuedAt().isBefore(ticket.issuedAt())) {
                // never seen (or only an older ticket of the same viewer): a fresh ticket until its expiry
                if (!withinLife(ticket, now)) {
                    return v;
                }
                admitted[0] = true;
                return new Visit(ticket.issuedAt(), ticket.expiresAt(), now, address, false);
            }
            if (current(v, ticket, address, now)) {
                admitted[0] = true;
                return new Visit(v.issuedAt(), v.expiresAt(), now, address, false);
            }
            return v;
        });
        return admitted[0];
    }

    private boolean holdsSeat(ViewerTicket ticket, String address, Instant now) {
        Visit visit = visits.get(key(ticket));
        return visit != null && current(visit, ticket, address, now);
    }

    private boolean current(Visit visit, ViewerTicket ticket, String address, Instant now) {
        return visit.issuedAt().equals(ticket.issuedAt()) && !visit.refused() && visit.address().equals(address)
                && !now.isAfter(visit.lastSeen().plus(properties.releaseAfter()));
    }

    /** Forgets what can no longer let anyone in: lapsed visits past their ticket's expiry, expired previews. */
    private void sweepSometimes(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        Duration release = properties.releaseAfter();
        // a visit stays while its ticket could otherwise be used afresh from another address
        visits.values().removeIf(v -> v.expiresAt().isBefore(now) && v.lastSeen().plus(release).isBefore(now));
        previews.values().removeIf(b -> b.expiresAt().isBefore(now));
        verified.values().removeIf(t -> t.expiresAt().isBefore(now)
                && (t.kind() == TicketKind.PREVIEW || !inUse(t, now)));
    }

    private boolean inUse(ViewerTicket ticket, Instant now) {
        Visit visit = visits.get(key(ticket));
        return visit != null && visit.issuedAt().equals(ticket.issuedAt())
                && !visit.lastSeen().plus(properties.releaseAfter()).isBefore(now);
    }

    private static Key key(ViewerTicket ticket) {
        return new Key(ticket.contentId(), ticket.edgeId(), ticket.viewerId());
    }
}
