package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.FailoverHappened;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The active source of every edge, kept from FailoverHappened events (works in-process and remote). */
final class EdgeSources {

    private static final Comparator<EdgeSource> ORDER = Comparator.comparing(EdgeSource::edgeId,
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    private final Map<String, Map<String, EdgeSource>> byContent = new ConcurrentHashMap<>();

    void on(FailoverHappened event) {
        byContent.computeIfAbsent(event.contentId(), id -> new ConcurrentHashMap<>())
                .put(event.edgeId(), new EdgeSource(event.edgeId(), event.to(), event.at()));
    }

    /** Edges not announced since the portal started (a reload after a restart) come from the source. */
    List<EdgeSource> of(String contentId, List<EdgeSource> known) {
        Map<String, EdgeSource> all = new java.util.HashMap<>();
        known.forEach(e -> all.put(e.edgeId(), e));
        of(contentId).forEach(e -> all.put(e.edgeId(), e));
        return all.values().stream().sorted(ORDER).toList();
    }

    List<EdgeSource> of(String contentId) {
        return byContent.getOrDefault(contentId, Map.of()).values().stream()
                .sorted(ORDER)
                .toList();
    }
}
