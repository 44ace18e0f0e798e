package com.example.backupingest.monitor.hls;

import org.jspecify.annotations.Nullable;

/**
 * What a rendition's segment carries, as the master playlist names it: the picture size and the
 * RFC 6381 codec list ({@code avc1.64001f,mp4a.40.2}; null when a codec is not one we can name, then
 * the playlist leaves CODECS out rather than announce a wrong one). {@code browserPlayable}: H.264 in
 * a profile browsers and hardware decoders play (Baseline, Main, High: 8-bit 4:2:0); High 10,
 * High 4:2:2 and High 4:4:4 Predictive are not (Safari, iOS, most hardware decoders refuse them).
 */
public record SegmentFormat(int width, int height, @Nullable String codecs, boolean browserPlayable) {

    public SegmentFormat(int width, int height, @Nullable String codecs) {
        this(width, height, codecs, true);
    }

    /** H.264 profile_idc values browsers play: Baseline (66), Main (77), High (100). */
    static boolean playableProfile(int profileIdc) {
        return profileIdc == 66 || profileIdc == 77 || profileIdc == 100;
    }

    String resolution() {
        return width + "x" + height;
    }
}
