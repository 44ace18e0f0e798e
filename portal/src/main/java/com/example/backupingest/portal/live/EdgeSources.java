package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.event.FailoverHappened;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The active source of every edge, kept from FailoverHappened events (works in-process and remote). */
final class EdgeSources {

    private final Map<String, Map<String, EdgeSource>> byContent = new ConcurrentHashMap<>();

    void on(FailoverHappened event) {
        byContent.computeIfAbsent(event.contentId(), id -> new ConcurrentHashMap<>())
                .put(event.edgeId(), new EdgeSource(event.edgeId(), event.to(), event.at()));
    }

    List<EdgeSource> of(String contentId) {
        return byContent.getOrDefault(contentId, Map.of()).values().stream()
                .sorted(Comparator.comparing(EdgeSource::edgeId, Comparator.comparingInt(String::length)
                        .thenComparing(Comparator.naturalOrder())))
                .toList();
    }
}
