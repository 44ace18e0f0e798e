package com.example.backupingest.portal.live;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Wall-clock time in µs: the one clock the portal JVM and the push-client JVM share on one machine. */
final class EpochMicros {

    private EpochMicros() {
    }

    static long now() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }
}
