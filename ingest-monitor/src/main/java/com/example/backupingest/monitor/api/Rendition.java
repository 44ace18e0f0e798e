package com.example.backupingest.monitor.api;

import org.jspecify.annotations.Nullable;

/**
 * The HLS renditions every entrypoint produces: the original (copied, never re-encoded) and two
 * smaller variants (product text point 4). {@code height} is null for the original.
 */
public enum Rendition {
    ORIGINAL("original", null, null),
    P480("480p", 480, 1_400_000),
    P360("360p", 360, 800_000);

    private final String id;
    private final @Nullable Integer height;
    private final @Nullable Integer videoBitrate;

    Rendition(String id, @Nullable Integer height, @Nullable Integer videoBitrate) {
        this.id = id;
        this.height = height;
        this.videoBitrate = videoBitrate;
    }

    /** Path segment used in origin and edge URLs, e.g. {@code 480p}. */
    public String id() {
        return id;
    }

    public @Nullable Integer height() {
        return height;
    }

    public @Nullable Integer videoBitrate() {
        return videoBitrate;
    }
}
