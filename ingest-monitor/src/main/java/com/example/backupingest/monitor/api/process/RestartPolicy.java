package com.example.backupingest.monitor.api.process;

import java.time.Duration;

/**
 * Exponential back-off between restarts: {@code initial}, doubled per consecutive failure, capped
 * at {@code max}. A run that lasted at least {@code stableAfter} counts as healthy and resets it.
 */
public record RestartPolicy(Duration initial, Duration max, Duration stableAfter) {

    public static final RestartPolicy DEFAULT =
            new RestartPolicy(Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofSeconds(30));

    public RestartPolicy {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("restart back-off needs 0 < initial <= max");
        }
    }

    /** Delay before restart number {@code consecutiveFailures} (1 = first failure). */
    public Duration delayFor(int consecutiveFailures) {
        int doublings = Math.min(Math.max(consecutiveFailures - 1, 0), 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
