package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.viewer.HostShare;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * The edges of one content that this process serves, created from its first PublishStarted: of
 * {@code edge-1}..{@code edge-N} those in the host's share, keeping their ids (an edge host that is
 * server 2 of 2 runs edge-2, edge-4, ...).
 */
record ContentEdges(long accountId, String contentId, List<Edge> edges, AtomicBoolean started,
        AtomicBoolean stopped) {

    static ContentEdges create(PublishStarted first, EdgeProperties properties, HostShare share, Clock clock) {
        List<Edge> edges = IntStream.rangeClosed(1, Math.max(1, first.edgeCount())).mapToObj(i -> "edge-" + i)
                .filter(share::serves).map(id -> new Edge(id, properties, clock)).toList();
        return new ContentEdges(first.accountId(), first.contentId(), edges, new AtomicBoolean(),
                new AtomicBoolean());
    }

    /** True exactly once: the caller starts the edges. */
    boolean startOnce() {
        return started.compareAndSet(false, true);
    }

    boolean closed() {
        return stopped.get();
    }

    void close() {
        stopped.set(true);
    }
}
