package com.example.backupingest.portal.mail;

import java.time.Duration;

/** Exponential back-off: initial, 2 × initial, 4 × initial, ... capped at max. */
record Backoff(Duration initial, Duration max) {

    /** @param failedAttempts attempts that failed so far, at least 1 */
    Duration after(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 62) {
            return max;
        }
        long factor = 1L << doublings;
        // Beyond this the multiplication would overflow; the cap applies long before.
        if (initial.toMillis() > max.toMillis() / factor) {
            return max;
        }
        Duration delay = initial.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
