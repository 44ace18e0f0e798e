package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.edge.origin.OriginPoller;
import com.example.backupingest.monitor.edge.origin.SegmentCache;

/**
 * One poll of one edge: the origins' playlists go to the edge, its decisions are announced, its new
 * segments measured (and so probed and, for remote origins, prefetched) and mirrored.
 */
final class EdgePoll {

    private final OriginPoller poller;
    private final SegmentCache cache;
    private final FailoverAnnouncer announcer;
    private final SegmentMirroring mirroring;

    EdgePoll(OriginPoller poller, SegmentCache cache, FailoverAnnouncer announcer, SegmentMirroring mirroring) {
        this.poller = poller;
        this.cache = cache;
        this.announcer = announcer;
        this.mirroring = mirroring;
    }

    void run(ContentEdges content, Edge edge) {
        Edge.Outcome outcome = edge.observe(poller.poll(content.contentId(), edge.activeSource()));
        outcome.transitions().forEach(t -> announcer.announce(content, edge, t));
        outcome.appended().forEach(a -> cache.size(a.segment().cacheKey(), a.segment().origin())
                .thenAccept(size -> size.ifPresent(bytes -> edge.measured(a.rendition(), a.segment(), bytes))));
        mirroring.copy(content, edge, outcome.appended());
    }
}
