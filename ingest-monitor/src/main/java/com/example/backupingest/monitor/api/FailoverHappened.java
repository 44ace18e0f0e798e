package com.example.backupingest.monitor.api;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An edge switched its source. {@code from} is null for the initial choice and when resuming after
 * both were down; {@code to} is null when both entrypoints are down and the edge holds its
 * playlist. {@code detection} is the time from the break being observable (publish end, last
 * segment) to the switch.
 */
public record FailoverHappened(long accountId, String contentId, String edgeId, @Nullable Entrypoint from,
        @Nullable Entrypoint to, FailoverCause cause, Instant at, Duration detection) implements MonitorEvent {

    /** A failover drill rather than a real break. */
    public boolean drill() {
        return cause == FailoverCause.DRILL;
    }
}
