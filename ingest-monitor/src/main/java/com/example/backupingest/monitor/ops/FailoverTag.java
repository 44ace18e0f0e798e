package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.FailoverHappened;
import java.util.Locale;
import java.util.Optional;

/**
 * Metric categories of an edge decision, from the event's typed cause: a few stable tag values.
 * Leaving a source with the other one not clean either is "both_down"; the initial choice of a
 * source is no failover (empty).
 */
enum FailoverTag {
    PUBLISHER_GONE, STALL, DRILL, BOTH_DOWN, RESUMED, CONTENT;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FailoverTag> of(FailoverHappened event) {
        return switch (event.cause()) {
            case START -> Optional.empty();
            case RESUMED -> Optional.of(RESUMED);
            case DRILL -> Optional.of(DRILL);
            case PUBLISHER_GONE -> Optional.of(event.to() == null ? BOTH_DOWN : PUBLISHER_GONE);
            case STALL -> Optional.of(event.to() == null ? BOTH_DOWN : STALL);
            // a content fault never holds: the edge stays when the other source is not clean
            case PICTURE_BLACK, PICTURE_FROZEN, AUDIO_SILENT, AUDIO_MISSING, VIDEO_MISSING -> Optional.of(CONTENT);
        };
    }
}
