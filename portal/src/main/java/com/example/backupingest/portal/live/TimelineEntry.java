package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.Entrypoint;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the failover timeline: an edge switched (or was drilled) from one entrypoint to the
 * other, or ({@link Kind#SEATS_FULL}) a viewer was turned away because all {@code seats} were taken.
 */
public record TimelineEntry(Instant at, String contentId, String edgeId, @Nullable Entrypoint from,
        @Nullable Entrypoint to, String cause, boolean drill, Duration detection, Kind kind, int seats) {

    public enum Kind {
        FAILOVER, SEATS_FULL
    }

    /** A failover row. */
    public TimelineEntry(Instant at, String contentId, String edgeId, @Nullable Entrypoint from,
            @Nullable Entrypoint to, String cause, boolean drill, Duration detection) {
        this(at, contentId, edgeId, from, to, cause, drill, detection, Kind.FAILOVER, 0);
    }

    public static TimelineEntry seatsFull(Instant at, String contentId, int seats) {
        return new TimelineEntry(at, contentId, "-", null, null, "seats:" + seats, false, Duration.ZERO,
                Kind.SEATS_FULL, seats);
    }
}
