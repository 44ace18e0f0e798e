package com.example.backupingest.monitor.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recommended H.264 video bit rates by resolution and frame rate, in kbit/s: YouTube's table for
 * live encoders ("Choose live encoder settings, bitrates, and resolutions",
 * support.google.com/youtube/answer/2853702, H.264 ranges as published there until 2023; the same
 * figures are in Red5 Pro's and Mixer's guides). Up to 35 fps counts as 30, above as 60. Sources and
 * why not the page's current (HEVC/AV1) table: docs/health.md.
 */
record BitrateRange(int maxHeight, int min30, int max30, int min60, int max60, String label) {

    private static final int MACROBLOCK_PADDING = 15;

    static final List<BitrateRange> TABLE = List.of(
            new BitrateRange(240, 300, 700, 300, 700, "240p"),
            new BitrateRange(360, 400, 1_000, 400, 1_000, "360p"),
            new BitrateRange(480, 500, 2_000, 500, 2_000, "480p"),
            new BitrateRange(720, 1_500, 4_000, 2_250, 6_000, "720p"),
            new BitrateRange(1080, 3_000, 6_000, 4_500, 9_000, "1080p"),
            new BitrateRange(1440, 6_000, 13_000, 9_000, 18_000, "1440p"),
            new BitrateRange(Integer.MAX_VALUE, 13_000, 34_000, 20_000, 51_000, "2160p"));

    /**
     * The range for a picture of {@code height} lines at {@code fps}. nginx-rtmp reports the coded height,
     * whole macroblocks without the SPS cropping (1080p arrives as 1088): up to 15 lines over a row still
     * belong to it.
     */
    static Optional<Range> of(int height, double fps) {
        String rate = fps > 0 ? Long.toString(Math.round(fps)) : "";
        return TABLE.stream().filter(r -> height <= r.maxHeight() + MACROBLOCK_PADDING).findFirst().map(r -> fps > 35
                ? new Range(r.min60(), r.max60(), r.label() + rate)
                : new Range(r.min30(), r.max30(), r.label() + rate));
    }

    /** Kbit/s, inclusive, and how the issue names the format (e.g. "1080p25"). */
    record Range(int min, int max, String format) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d-%d kbit/s for %s", min, max, format);
        }
    }
}
