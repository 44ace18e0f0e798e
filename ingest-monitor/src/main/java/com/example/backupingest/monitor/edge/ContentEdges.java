package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.event.PublishStarted;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/** The edges serving one content, created from its first PublishStarted. */
record ContentEdges(long accountId, String contentId, List<Edge> edges, AtomicBoolean started,
        AtomicBoolean stopped) {

    static ContentEdges create(PublishStarted first, EdgeProperties properties, Clock clock) {
        List<Edge> edges = IntStream.rangeClosed(1, Math.max(1, first.edgeCount()))
                .mapToObj(i -> new Edge("edge-" + i, properties, clock)).toList();
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
