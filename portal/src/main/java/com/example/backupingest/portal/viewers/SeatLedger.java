package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.viewer.ViewerSink;
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
 * Who holds a seat now. A viewer (content, viewer id) holds one from its assignment for
 * {@code firstLoadGrace}, then while edges report its playlist loads: until {@code releaseAfter}
 * plus a second after the last report (the edge's gate admits it that long; the second covers the
 * reporting delay). {@link #seen} runs on edge request threads: one map merge, no lock. Assignments
 * of one account run one at a time, so two new viewers never both take the last seat.
 */
final class SeatLedger implements ViewerSink, ViewerCounts {

    private static final Duration REPORT_MARGIN = Duration.ofSeconds(1);

    /** {@code reported}: an edge saw the viewer's player since its assignment (the grace is over). */
    private record Seat(String edgeId, Instant heldUntil, boolean reported) {
    }

    /** The result of {@link #reserve}: the viewer's edge, or refused (first refusal of an episode or not). */
    record Reservation(@Nullable String edgeId, boolean firstRefusal) {

        boolean granted() {
            return edgeId != null;
        }
    }

    private final Duration firstLoadGrace;
    private final Duration releaseAfter;
    private final Clock clock;
    /** content id → viewer id → seat */
    private final Map<String, Map<String, Seat>> seats = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> contentsOfAccount = new ConcurrentHashMap<>();
    private final Map<Long, Object> accountLocks = new ConcurrentHashMap<>();
    /** Accounts turned a viewer away since their last free seat. */
    private final Set<Long> fullEpisodes = ConcurrentHashMap.newKeySet();

    SeatLedger(Duration firstLoadGrace, Duration releaseAfter, Clock clock) {
        this.firstLoadGrace = firstLoadGrace;
        this.releaseAfter = releaseAfter;
        this.clock = clock;
    }

    @Override
    public void seen(long accountId, String contentId, String edgeId, String viewerId, Instant at) {
        Instant now = clock.instant();
        // an edge's clock ahead of ours must not hold seats longer
        Instant until = (at.isAfter(now) ? now : at).plus(releaseAfter).plus(REPORT_MARGIN);
        if (!until.isAfter(now)) {
            return;
        }
        // the first report ends the first-load grace: a tab closed right after it started frees its seat
        // within release-after, not after the grace
        viewersOf(accountId, contentId).merge(viewerId, new Seat(edgeId, until, true),
                (old, fresh) -> new Seat(edgeId, old.reported() ? later(old.heldUntil(), until) : until, true));
    }

    /**
     * A seat for the viewer: kept (and given a fresh grace) if it holds one, else taken if the
     * account has one free. {@code chooseEdge} gets the edge of the seat it holds (or null) and the
     * content's viewers per edge, and runs under the account's lock.
     */
    Reservation reserve(long accountId, String contentId, String viewerId, int accountSeats,
            BiFunction<@Nullable String, Map<String, Integer>, String> chooseEdge) {
        synchronized (accountLocks.computeIfAbsent(accountId, id -> new Object())) {
            Instant now = clock.instant();
            Map<String, Seat> viewers = viewersOf(accountId, contentId);
            Seat held = viewers.get(viewerId);
            if (held != null && !held.heldUntil().isAfter(now)) {
                held = null;
            }
            int taken = ofAccount(accountId);
            if (taken < accountSeats) {
                fullEpisodes.remove(accountId);
            } else if (held == null) {
                return new Reservation(null, fullEpisodes.add(accountId));
            }
            String edge = chooseEdge.apply(held == null ? null : held.edgeId(), perEdge(contentId));
            viewers.put(viewerId, new Seat(edge, later(now.plus(firstLoadGrace), held == null ? now : held.heldUntil()),
                    false));
            return new Reservation(edge, false);
        }
    }

    /** Whether the viewer holds a seat for this content now. */
    boolean holds(String contentId, String viewerId) {
        Seat seat = seats.getOrDefault(contentId, Map.of()).get(viewerId);
        return seat != null && seat.heldUntil().isAfter(clock.instant());
    }

    @Override
    public Map<String, Integer> perEdge(String contentId) {
        Map<String, Seat> viewers = seats.get(contentId);
        if (viewers == null) {
            return Map.of();
        }
        Instant now = clock.instant();
        dropExpired(viewers, now);
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

    /** Removes a seat only if it is still the expired one (a concurrent report may have renewed it). */
    private static void dropExpired(Map<String, Seat> viewers, Instant now) {
        viewers.values().removeIf(seat -> !seat.heldUntil().isAfter(now));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
