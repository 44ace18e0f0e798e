package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored row of the failover timeline: one edge switched (or was drilled) from one entrypoint
 * to the other, for a typed {@code cause} (null only on old rows whose sentence named no known
 * cause), or ({@link Kind#SEATS_FULL}) a viewer was turned away because all {@code seats} were
 * taken. The Live page shows them grouped per event ({@link TimelineEvent}).
 */
public record TimelineEntry(Instant at, String contentId, String edgeId, @Nullable Entrypoint from,
        @Nullable Entrypoint to, @Nullable FailoverCause cause, Duration detection, Kind kind, int seats) {

    public enum Kind {
        FAILOVER, SEATS_FULL
    }

    /** A failover row. */
    public TimelineEntry(Instant at, String contentId, String edgeId, @Nullable Entrypoint from,
            @Nullable Entrypoint to, @Nullable FailoverCause cause, Duration detection) {
        this(at, contentId, edgeId, from, to, cause, detection, Kind.FAILOVER, 0);
    }

    public static TimelineEntry of(FailoverHappened event) {
        return new TimelineEntry(event.at(), event.contentId(), event.edgeId(), event.from(), event.to(),
                event.cause(), event.detection());
    }

    public static TimelineEntry seatsFull(Instant at, String contentId, int seats) {
        return new TimelineEntry(at, contentId, "-", null, null, null, Duration.ZERO, Kind.SEATS_FULL, seats);
    }

    public boolean drill() {
        return cause == FailoverCause.DRILL;
    }
}
