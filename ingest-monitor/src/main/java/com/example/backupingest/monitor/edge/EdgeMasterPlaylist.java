package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.hls.MasterPlaylistWriter;
import com.example.backupingest.monitor.hls.SegmentFormats;
import java.util.Map;
import java.util.Optional;

/** An edge's master playlist: each rendition named by the probed format of the newest segment its timeline lists. */
final class EdgeMasterPlaylist {

    private EdgeMasterPlaylist() {
    }

    static String write(Map<Rendition, Long> measuredPeakBitsPerSecond, Map<Rendition, EdgeTimeline> timelines) {
        return MasterPlaylistWriter.write(measuredPeakBitsPerSecond, rendition -> Optional
                .ofNullable(timelines.get(rendition))
                .flatMap(timeline -> SegmentFormats.shared()
                        .newest(timeline.segments().stream().map(EdgeSegment::cacheKey).toList())));
    }
}
