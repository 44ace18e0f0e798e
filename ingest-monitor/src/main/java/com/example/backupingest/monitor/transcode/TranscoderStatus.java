package com.example.backupingest.monitor.transcode;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a transcoder is doing now; {@code slowSince} is set while speed stays below 1.0. */
public record TranscoderStatus(boolean running, int restarts, @Nullable Instant lastStartedAt,
        @Nullable TranscodeProgress last, @Nullable Instant slowSince) {

    /** Restarted (not first started) less than {@code window} ago. */
    public boolean restartedWithin(java.time.Duration window, Instant now) {
        return restarts > 0 && lastStartedAt != null && lastStartedAt.plus(window).isAfter(now);
    }


    /** Slower than real time for at least the given time, at {@code now}. */
    public boolean slowFor(java.time.Duration atLeast, Instant now) {
        return slowSince != null && !slowSince.plus(atLeast).isAfter(now);
    }
}
