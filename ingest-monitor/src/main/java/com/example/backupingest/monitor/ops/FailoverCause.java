package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.event.FailoverHappened;
import java.util.Locale;
import java.util.Optional;

/**
 * Metric categories of an edge decision. The edge's cause texts are sentences for people; this
 * maps them to a few stable tag values. The initial choice of a source is no failover (empty).
 */
enum FailoverCause {
    PUBLISHER_GONE, STALL, DRILL, BOTH_DOWN, RESUMED, OTHER;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FailoverCause> of(FailoverHappened event) {
        String cause = event.cause();
        if (event.drill()) {
            return Optional.of(DRILL);
        }
        if (event.to() == null) {
            return Optional.of(BOTH_DOWN);
        }
        if (event.from() == null) {
            return cause.startsWith("resumed") ? Optional.of(RESUMED) : Optional.empty();
        }
        if (cause.startsWith("publisher gone")) {
            return Optional.of(PUBLISHER_GONE);
        }
        return Optional.of(cause.startsWith("no new segment") ? STALL : OTHER);
    }
}
