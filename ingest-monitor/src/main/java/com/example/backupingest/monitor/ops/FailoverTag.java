package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.FailoverHappened;
import java.util.Locale;
import java.util.Optional;

/**
 * Metric categories of an edge decision, from the event's typed cause: a few stable tag values.
 * Leaving a source with nowhere to go is "hold" (the edge holds its last segment): the other source
 * may be down, or publishing but DEGRADED (issue 21: calling that "both down" was wrong), and the
 * event does not say which. The initial choice of a source is no failover (empty).
 */
enum FailoverTag {
    PUBLISHER_GONE, STALL, DRILL, HOLD, RESUMED, CONTENT;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FailoverTag> of(FailoverHappened event) {
        return switch (event.cause()) {
            case START -> Optional.empty();
            case RESUMED -> Optional.of(RESUMED);
            case DRILL -> Optional.of(DRILL);
            case PUBLISHER_GONE -> Optional.of(event.to() == null ? HOLD : PUBLISHER_GONE);
            case STALL -> Optional.of(event.to() == null ? HOLD : STALL);
            // a content fault never holds: the edge stays when the other source is not clean
            case PICTURE_BLACK, PICTURE_FROZEN, AUDIO_SILENT, AUDIO_MISSING, VIDEO_MISSING -> Optional.of(CONTENT);
        };
    }
}
