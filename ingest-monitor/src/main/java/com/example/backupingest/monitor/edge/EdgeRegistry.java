package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.EdgeStatus;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.viewer.HostShare;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The edges this process serves, by content: created from a content's first PublishStarted, only
 * those of the host's {@link HostShare}.
 */
final class EdgeRegistry {

    private final EdgeProperties properties;
    private final Clock clock;
    private final Map<String, ContentEdges> contents = new ConcurrentHashMap<>();
    private volatile HostShare share = HostShare.ALL;

    EdgeRegistry(EdgeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws IllegalStateException once a content's edges exist */
    void serveOnly(HostShare share) {
        if (!contents.isEmpty()) {
            throw new IllegalStateException("the host share is set before the first publish");
        }
        this.share = share;
    }

    HostShare share() {
        return share;
    }

    /** The content's edges, created with the host's share if this is its first publish. */
    ContentEdges open(PublishStarted started) {
        return contents.computeIfAbsent(started.contentId(),
                id -> ContentEdges.create(started, properties, share, clock));
    }

    Optional<ContentEdges> content(String contentId) {
        return Optional.ofNullable(contents.get(contentId));
    }

    Optional<Edge> edge(String contentId, String edgeId) {
        return content(contentId).flatMap(content -> content.edges().stream()
                .filter(e -> e.id().equals(edgeId)).findFirst());
    }

    /** Every edge of every content, ordered by content and edge. */
    List<EdgeStatus> statuses() {
        return contents.values().stream()
                .sorted(Comparator.comparing(ContentEdges::contentId))
                .flatMap(content -> content.edges().stream()
                        .map(edge -> new EdgeStatus(content.contentId(), edge.id(), edge.activeSource().orElse(null))))
                .toList();
    }

    void closeAll() {
        contents.values().forEach(ContentEdges::close);
    }
}
