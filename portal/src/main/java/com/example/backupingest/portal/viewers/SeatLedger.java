package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.api.viewer.ViewerSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Who holds a seat now. A seat is held by playback only: the first playlist load an edge reports
 * for a viewer takes one if the account has one free (else the edge refuses the viewer's ticket),
 * later reports keep it until {@code releaseAfter} plus a second after the last one (the edge's gate
 * admits it that long; the second covers the reporting delay). An assignment holds no seat: it only
 * checks that one is free and notes the edge it gave ({@code pending}, for spreading a burst of new
 * viewers over the edges, not for counting seats). New seats of one account are taken under its
 * lock, so concurrent first loads never exceed the booked seats; renewals are one map merge.
 */
final class SeatLedger implements ViewerSink, ViewerCounts {

    private static final Duration REPORT_MARGIN = Duration.ofSeconds(1);

    /** {@code client}: the client group ({@link ClientAddresses}) the viewer's ticket is bound to. */
    private record Seat(String edgeId, String client, Instant heldUntil) {
    }

    /** A ticket given out but not played yet: counts for choosing edges only. */
    private record Pending(String edgeId, Instant until) {
    }

    /** The result of {@link #admit}: the viewer's edge, or refused (first refusal of an episode or not). */
    record Admission(@Nullable String edgeId, boolean firstRefusal) {

        boolean granted() {
            return edgeId != null;
        }
    }

    private final Duration firstLoadGrace;
    private final Duration releaseAfter;
    private final Clock clock;
    /** content id → viewer id → seat */
    private final Map<String, Map<String, Seat>> seats = new ConcurrentHashMap<>();
    /** content id → viewer id → the edge its unplayed ticket names */
    private final Map<String, Map<String, Pending>> pending = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> contentsOfAccount = new ConcurrentHashMap<>();
    private final Map<Long, Object> accountLocks = new ConcurrentHashMap<>();
    /** The booked seats of each account as its last assignment saw them (unknown after a restart: no limit). */
    private final Map<Long, Integer> booked = new ConcurrentHashMap<>();
    /** Accounts turned a viewer away since their last free seat. */
    private final Set<Long> fullEpisodes = ConcurrentHashMap.newKeySet();

    SeatLedger(Duration firstLoadGrace, Duration releaseAfter, Clock clock) {
        this.firstLoadGrace = firstLoadGrace;
        this.releaseAfter = releaseAfter;
        this.clock = clock;
    }

    /** A playlist load: renews the viewer's seat, or takes a free one; false when all are held. */
    @Override
    public boolean seen(long accountId, String contentId, String edgeId, String viewerId, String address,
            Instant at) {
        Instant now = clock.instant();
        // an edge's clock ahead of ours must not hold seats longer
        Instant until = (at.isAfter(now) ? now : at).plus(releaseAfter).plus(REPORT_MARGIN);
        if (!until.isAfter(now)) {
            return true; // a stale report: it neither takes nor refuses anything
        }
        Map<String, Seat> viewers = viewersOf(accountId, contentId);
        Seat fresh = new Seat(edgeId, ClientAddresses.group(address), until);
        if (holding(viewers.get(viewerId), now)) {
            viewers.merge(viewerId, fresh, (old, next) -> new Seat(edgeId, next.client(), later(old.heldUntil(), until)));
            return true;
        }
        synchronized (lockOf(accountId)) {
            if (!holding(viewers.get(viewerId), now)) {
                Integer seatsBooked = booked.get(accountId);
                if (seatsBooked != null && ofAccount(accountId) >= seatsBooked) {
                    return false;
                }
            }
            viewers.merge(viewerId, fresh, (old, next) -> new Seat(edgeId, next.client(), later(old.heldUntil(), until)));
            Map<String, Pending> unplayed = pending.get(contentId);
            if (unplayed != null) {
                unplayed.remove(viewerId);
            }
            return true;
        }
    }

    /**
     * Whether the viewer may get a ticket now: it holds a seat, or the account has one free (the seat
     * itself is taken by its first playlist load). {@code chooseEdge} gets the edge the viewer holds or
     * was last given (or null) and the content's viewers per edge including unplayed tickets, and runs
     * under the account's lock.
     */
    Admission admit(long accountId, String contentId, String viewerId, int accountSeats,
            BiFunction<@Nullable String, Map<String, Integer>, String> chooseEdge) {
        booked.put(accountId, accountSeats);
        synchronized (lockOf(accountId)) {
            Instant now = clock.instant();
            Seat held = viewersOf(accountId, contentId).get(viewerId);
            if (!holding(held, now)) {
                held = null;
            }
            if (ofAccount(accountId) < accountSeats) {
                fullEpisodes.remove(accountId);
            } else if (held == null) {
                return new Admission(null, fullEpisodes.add(accountId));
            }
            Map<String, Pending> unplayed = pending.computeIfAbsent(contentId, id -> new ConcurrentHashMap<>());
            unplayed.values().removeIf(p -> !p.until().isAfter(now));
            Pending given = unplayed.get(viewerId);
            String edge = chooseEdge.apply(held != null ? held.edgeId() : given != null ? given.edgeId() : null,
                    loadsForChoice(contentId, unplayed));
            if (held == null) {
                unplayed.put(viewerId, new Pending(edge, now.plus(firstLoadGrace)));
            }
            return new Admission(edge, false);
        }
    }

    /** Whether the viewer holds a seat for this content now. */
    boolean holds(String contentId, String viewerId) {
        return holding(seats.getOrDefault(contentId, Map.of()).get(viewerId), clock.instant());
    }

    @Override
    public Map<String, Integer> perEdge(String contentId) {
        Map<String, Seat> viewers = seats.get(contentId);
        if (viewers == null) {
            return Map.of();
        }
        dropExpired(viewers, clock.instant());
        Map<String, Integer> counts = new HashMap<>();
        viewers.values().forEach(seat -> counts.merge(seat.edgeId(), 1, Integer::sum));
        return counts;
    }

    @Override
    public int ofAccount(long accountId) {
        Instant now = clock.instant();
        int total = 0;
        for (String contentId : contentsOfAccount.getOrDefault(accountId, Set.of())) {
            Map<String, Seat> viewers = seats.get(contentId);
            if (viewers != null) {
                dropExpired(viewers, now);
                total += viewers.size();
            }
        }
        return total;
    }

    @Override
    public Map<String, Integer> perClient(long accountId) {
        Instant now = clock.instant();
        Map<String, Integer> counts = new HashMap<>();
        for (String contentId : contentsOfAccount.getOrDefault(accountId, Set.of())) {
            Map<String, Seat> viewers = seats.get(contentId);
            if (viewers != null) {
                dropExpired(viewers, now);
                viewers.values().forEach(seat -> counts.merge(seat.client(), 1, Integer::sum));
            }
        }
        return counts;
    }

    private Map<String, Integer> loadsForChoice(String contentId, Map<String, Pending> unplayed) {
        Map<String, Integer> loads = new HashMap<>(perEdge(contentId));
        unplayed.values().forEach(p -> loads.merge(p.edgeId(), 1, Integer::sum));
        return loads;
    }

    private Object lockOf(long accountId) {
        return accountLocks.computeIfAbsent(accountId, id -> new Object());
    }

    private Map<String, Seat> viewersOf(long accountId, String contentId) {
        Map<String, Seat> viewers = seats.get(contentId);
        if (viewers != null) {
            return viewers;
        }
        return seats.computeIfAbsent(contentId, id -> {
            contentsOfAccount.computeIfAbsent(accountId, a -> ConcurrentHashMap.newKeySet()).add(id);
            return new ConcurrentHashMap<>();
        });
    }

    private static boolean holding(@Nullable Seat seat, Instant now) {
        return seat != null && seat.heldUntil().isAfter(now);
    }

    /** Removes a seat only if it is still the expired one (a concurrent report may have renewed it). */
    private static void dropExpired(Map<String, Seat> viewers, Instant now) {
        viewers.values().removeIf(seat -> !seat.heldUntil().isAfter(now));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
