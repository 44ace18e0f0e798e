package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.edge.origin.SegmentCache;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Hands what the edges serve to an {@link EdgeMirror}, if one is set: new segments first, then each changed playlist. */
final class SegmentMirroring {

    private final SegmentCache cache;
    private volatile @Nullable EdgeMirror mirror;

    SegmentMirroring(SegmentCache cache) {
        this.cache = cache;
    }

    void mirrorTo(EdgeMirror mirror) {
        this.mirror = mirror;
    }

    /** New segments first (fetched once, then written by the mirror), then each playlist that changed. */
    void copy(ContentEdges content, Edge edge, List<Edge.Appended> appended) {
        EdgeMirror copies = mirror;
        if (copies == null) {
            return;
        }
        for (Rendition rendition : Rendition.values()) {
            List<EdgeMirror.MirroredSegment> added = appended.stream().filter(a -> a.rendition() == rendition)
                    .flatMap(a -> cache.get(a.segment().cacheKey(), a.segment().origin()).stream()
                            .map(bytes -> new EdgeMirror.MirroredSegment(a.segment().name(), bytes)))
                    .toList();
            String playlist = edge.mediaPlaylist(rendition);
            boolean changed = edge.mirrored(rendition, playlist);
            if (changed || !added.isEmpty()) {
                copies.media(content.contentId(), edge.id(), rendition, playlist, added);
            }
        }
    }
}
