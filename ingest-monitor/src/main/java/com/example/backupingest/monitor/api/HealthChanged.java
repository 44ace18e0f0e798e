package com.example.backupingest.monitor.api;

import java.time.Instant;

/** The health state (LIVE/DEGRADED/DOWN/IDLE) of one entrypoint of one content changed. */
public record HealthChanged(long accountId, String contentId, EntrypointHealth health, Instant at)
        implements MonitorEvent {
}
