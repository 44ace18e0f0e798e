package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.Mismatch;
import com.example.backupingest.monitor.api.MismatchDetector;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the snapshot of one content from the health source, the bitrate history, the edges and its viewers. */
final class LiveSnapshots {

    private final HealthSource source;
    private final BitrateHistory history;
    private final EdgeSources edges;
    private final ViewerFigures viewers;
    private final MismatchDetector mismatches = new MismatchDetector();

    LiveSnapshots(HealthSource source, BitrateHistory history, EdgeSources edges, ViewerFigures viewers) {
        this.source = source;
        this.history = history;
        this.edges = edges;
        this.viewers = viewers;
    }

    LiveSnapshot of(String contentId) {
        Map<Entrypoint, EntrypointHealth> health = new EnumMap<>(Entrypoint.class);
        Map<Entrypoint, List<Long>> bitrates = new EnumMap<>(Entrypoint.class);
        for (Entrypoint entrypoint : Entrypoint.values()) {
            source.health(contentId, entrypoint).ifPresent(h -> health.put(entrypoint, h));
            bitrates.put(entrypoint, history.of(contentId, entrypoint));
        }
        EntrypointHealth primary = health.get(Entrypoint.PRIMARY);
        EntrypointHealth backup = health.get(Entrypoint.BACKUP);
        List<Mismatch> differences = primary != null && backup != null && primary.publishing() && backup.publishing()
                ? mismatches.detect(primary, backup) : List.of();
        return new LiveSnapshot(contentId, health, bitrates, edges.of(contentId, source.edges(contentId)), differences,
                viewers.of(contentId));
    }
}
