package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.Mismatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a Live page shows of one content at one moment. {@code bitrates}: input kbit/s per
 * entrypoint over the sparkline window, oldest first (0 where nothing arrived). {@code viewers}: who
 * watches now, per distribution server and against the account's seats.
 */
public record LiveSnapshot(String contentId, Map<Entrypoint, EntrypointHealth> health,
        Map<Entrypoint, List<Long>> bitrates, List<EdgeSource> edges, List<Mismatch> mismatches,
        ViewersNow viewers) {

    public LiveSnapshot {
        health = Map.copyOf(health);
        bitrates = Map.copyOf(bitrates);
        edges = List.copyOf(edges);
        mismatches = List.copyOf(mismatches);
    }

    /** Without viewer figures (no viewer counts available). */
    public LiveSnapshot(String contentId, Map<Entrypoint, EntrypointHealth> health,
            Map<Entrypoint, List<Long>> bitrates, List<EdgeSource> edges, List<Mismatch> mismatches) {
        this(contentId, health, bitrates, edges, mismatches, ViewersNow.NONE);
    }

    public Optional<EntrypointHealth> health(Entrypoint entrypoint) {
        return Optional.ofNullable(health.get(entrypoint));
    }

    public List<Long> bitrates(Entrypoint entrypoint) {
        return bitrates.getOrDefault(entrypoint, List.of());
    }

    /** Parallel mode booked, but only one entrypoint receives: running without redundancy. */
    public boolean withoutRedundancy(boolean parallelBooked) {
        long publishing = health.values().stream().filter(EntrypointHealth::publishing).count();
        return parallelBooked && publishing == 1;
    }
}
