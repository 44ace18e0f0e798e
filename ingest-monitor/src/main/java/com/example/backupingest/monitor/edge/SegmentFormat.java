package com.example.backupingest.monitor.edge;

import org.jspecify.annotations.Nullable;

/**
 * What a rendition's segment carries, as the master playlist names it: the picture size and the
 * RFC 6381 codec list ({@code avc1.64001f,mp4a.40.2}; null when a codec is not one we can name, then
 * the playlist leaves CODECS out rather than announce a wrong one).
 */
record SegmentFormat(int width, int height, @Nullable String codecs) {

    String resolution() {
        return width + "x" + height;
    }
}
