package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.Rendition;
import java.util.Map;

/**
 * The master playlist players load once: original, 480p and 360p. BANDWIDTH is the measured peak
 * where the edge has fetched segments, otherwise an estimate; the original's RESOLUTION is unknown to
 * the edge and therefore omitted (allowed: RESOLUTION is only recommended).
 */
final class MasterPlaylistWriter {

    static final long ORIGINAL_ESTIMATE = 6_000_000;
    private static final long AUDIO = 128_000;

    private MasterPlaylistWriter() {
    }

    static String write(Map<Rendition, Long> measuredPeakBitsPerSecond) {
        StringBuilder out = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (Rendition rendition : Rendition.values()) {
            long estimate = rendition.videoBitrate() == null ? ORIGINAL_ESTIMATE : rendition.videoBitrate() + AUDIO;
            long bandwidth = measuredPeakBitsPerSecond.getOrDefault(rendition, estimate);
            out.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(bandwidth);
            if (rendition.height() != null) {
                int height = rendition.height();
                int width = (height * 16 / 9 + 1) / 2 * 2; // 16:9, even like ffmpeg's scale=-2
                out.append(",RESOLUTION=").append(width).append('x').append(height);
            }
            out.append('\n').append(rendition.id()).append("/index.m3u8\n");
        }
        return out.toString();
    }
}
