package com.example.backupingest.monitor.hls;

import com.example.backupingest.monitor.api.Rendition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The master playlist players load once: original, 480p and 360p. BANDWIDTH is the measured peak
 * where the edge has fetched segments, otherwise an estimate. CODECS and RESOLUTION (Apple's HLS
 * authoring specification wants both on every variant) come from the newest segment of the
 * rendition's edge timeline whose format was probed ({@link SegmentFormats}, {@link TsFormatProbe}).
 * Until a rendition's first segment was probed the writer falls back to the
 * estimate: no CODECS (a guessed profile or level could make a player refuse the variant), the
 * scaled renditions' RESOLUTION for 16:9, and none for the original, whose size only the stream knows.
 * A rendition whose probed video browsers cannot play (see {@link SegmentFormat#browserPlayable()}) is
 * left out, so players are kept on the renditions (issue 21: an encoder sending High 4:4:4 Predictive).
 */
public final class MasterPlaylistWriter {

    static final long ORIGINAL_ESTIMATE = 6_000_000;
    private static final long AUDIO = 128_000;

    private MasterPlaylistWriter() {
    }

    /** Estimates only (no probed segments). */
    public static String write(Map<Rendition, Long> measuredPeakBitsPerSecond) {
        return write(measuredPeakBitsPerSecond, rendition -> Optional.empty());
    }

    /** With the probed format of each rendition's newest segment, where there is one. */
    public static String write(Map<Rendition, Long> measuredPeakBitsPerSecond,
            Function<Rendition, Optional<SegmentFormat>> probed) {
        return write(measuredPeakBitsPerSecond, probed, rendition -> false);
    }

    /**
     * {@code withheld}: renditions not offered now (their segments are left out of the edge playlist); as
     * with unplayable ones, players are kept on the others, and if none were left all are listed.
     */
    public static String write(Map<Rendition, Long> measuredPeakBitsPerSecond,
            Function<Rendition, Optional<SegmentFormat>> probed, java.util.function.Predicate<Rendition> withheld) {
        StringBuilder out = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        // a variant browsers cannot decode (a 10-bit or 4:4:4 original) is not offered: players stay on the others
        List<Rendition> offered = java.util.Arrays.stream(Rendition.values())
                .filter(r -> probed.apply(r).map(SegmentFormat::browserPlayable).orElse(true))
                .filter(r -> !withheld.test(r)).toList();
        for (Rendition rendition : offered.isEmpty() ? List.of(Rendition.values()) : offered) {
            long estimate = rendition.videoBitrate() == null ? ORIGINAL_ESTIMATE : rendition.videoBitrate() + AUDIO;
            long bandwidth = measuredPeakBitsPerSecond.getOrDefault(rendition, estimate);
            out.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(bandwidth);
            Optional<SegmentFormat> format = probed.apply(rendition);
            format.map(SegmentFormat::codecs).ifPresent(codecs -> out.append(",CODECS=\"").append(codecs).append('"'));
            if (format.isPresent()) {
                out.append(",RESOLUTION=").append(format.get().resolution());
            } else if (rendition.height() != null) {
                int height = rendition.height();
                int width = (height * 16 / 9 + 1) / 2 * 2; // 16:9, even like ffmpeg's scale=-2
                out.append(",RESOLUTION=").append(width).append('x').append(height);
            }
            out.append('\n').append(rendition.id()).append("/index.m3u8\n");
        }
        return out.toString();
    }
}
