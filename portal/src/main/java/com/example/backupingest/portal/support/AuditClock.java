package com.example.backupingest.portal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** Audit time stamps: the application's Clock if it has one, in the database's precision (micros). */
@Component
class AuditClock {

    private final Clock clock;

    AuditClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
