package com.example.backupingest.portal.viewers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * The edge each viewer of a broadcast was given: it keeps it for the whole broadcast (also across
 * an ingest failover, which the edge handles), until the broadcast ends. Viewers that hold no seat
 * and were not assigned for {@link #FORGET_IDLE} are forgotten, so made-up viewer ids cannot grow
 * the map without bound.
 */
final class StickyEdges {

    static final Duration FORGET_IDLE = Duration.ofMinutes(10);
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(30);

    private record Key(String contentId, String viewerId) {
    }

    private record Remembered(String edgeId, Instant assignedAt) {
    }

    private final Clock clock;
    private final Map<Key, Remembered> edges = new ConcurrentHashMap<>();
    private volatile Instant nextSweep;

    StickyEdges(Clock clock) {
        this.clock = clock;
        this.nextSweep = clock.instant().plus(SWEEP_EVERY);
    }

    Optional<String> edgeOf(String contentId, String viewerId) {
        return Optional.ofNullable(edges.get(new Key(contentId, viewerId))).map(Remembered::edgeId);
    }

    void remember(String contentId, String viewerId, String edgeId) {
        edges.put(new Key(contentId, viewerId), new Remembered(edgeId, clock.instant()));
    }

    /** The broadcast is over (or not on): its next viewers start afresh. */
    void forget(String contentId) {
        edges.keySet().removeIf(key -> key.contentId().equals(contentId));
    }

    /** Every {@link #SWEEP_EVERY}: drops viewers idle for {@link #FORGET_IDLE} unless {@code holdsSeat}. */
    void sweepSometimes(BiPredicate<String, String> holdsSeat) {
        Instant now = clock.instant();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        Instant cutoff = now.minus(FORGET_IDLE);
        edges.entrySet().removeIf(e -> e.getValue().assignedAt().isBefore(cutoff)
                && !holdsSeat.test(e.getKey().contentId(), e.getKey().viewerId()));
    }

    int size() {
        return edges.size();
    }
}
