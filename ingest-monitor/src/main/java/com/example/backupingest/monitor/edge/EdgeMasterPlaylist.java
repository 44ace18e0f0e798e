package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.hls.MasterPlaylistWriter;
import com.example.backupingest.monitor.hls.SegmentFormats;
import java.util.Map;
import java.util.Optional;

/**
 * An edge's master playlist: each rendition named by the probed format of the newest segment its timeline
 * lists; a rendition whose timeline leaves its segments out (longer than the target duration: an encoder's
 * GOP over the bound, issue 21) is not offered meanwhile, so players start on one that advances.
 */
final class EdgeMasterPlaylist {

    private EdgeMasterPlaylist() {
    }

    static String write(Map<Rendition, Long> measuredPeakBitsPerSecond, Map<Rendition, EdgeTimeline> timelines) {
        return MasterPlaylistWriter.write(measuredPeakBitsPerSecond, rendition -> Optional
                .ofNullable(timelines.get(rendition))
                .flatMap(timeline -> SegmentFormats.shared()
                        .newest(timeline.segments().stream().map(EdgeSegment::cacheKey).toList())),
                rendition -> Optional.ofNullable(timelines.get(rendition)).map(EdgeTimeline::leavingOut).orElse(false));
    }
}
