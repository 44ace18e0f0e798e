package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.Entrypoint;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the failover timeline: an edge switched (or was drilled) from one entrypoint to the other. */
public record TimelineEntry(Instant at, String contentId, String edgeId, @Nullable Entrypoint from,
        @Nullable Entrypoint to, String cause, boolean drill, Duration detection) {
}
