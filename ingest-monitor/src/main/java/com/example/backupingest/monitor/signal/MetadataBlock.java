package com.example.backupingest.monitor.signal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One analysed frame as ffmpeg's metadata filter printed it: its branch ({@code v} pictures,
 * {@code a} sound, {@code k} keyframe, {@code i} interlaced keyframe), its time in seconds on the
 * transcoder's timeline, and the filters' entries (e.g. {@code lavfi.black_start=12.4}).
 */
record MetadataBlock(char kind, double time, Map<String, String> entries) {

    MetadataBlock {
        entries = Map.copyOf(entries);
    }

    /** A time-valued entry, e.g. {@code lavfi.freezedetect.freeze_start}; null when absent or unreadable. */
    @Nullable Double seconds(String key) {
        String value = entries.get(key);
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }
}
