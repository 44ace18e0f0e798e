package com.example.backupingest.portal.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one alert per content within {@code minInterval}: the first event of an incident
 * (entrypoint down, failover) mails, everything after it in the window, a flapping encoder
 * included, does not.
 */
final class AlertRateLimiter {

    private final Clock clock;
    private final Duration minInterval;
    private final Map<String, Instant> lastSent = new ConcurrentHashMap<>();

    AlertRateLimiter(Clock clock, Duration minInterval) {
        this.clock = clock;
        this.minInterval = minInterval;
    }

    /** True (and the window starts now) when an alert for this content may go out. */
    boolean tryAcquire(String contentId) {
        Instant now = clock.instant();
        boolean[] granted = {false};
        lastSent.compute(contentId, (id, last) -> {
            if (last == null || !now.isBefore(last.plus(minInterval))) {
                granted[0] = true;
                return now;
            }
            return last;
        });
        return granted[0];
    }
}
