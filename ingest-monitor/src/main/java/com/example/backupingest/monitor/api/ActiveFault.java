package com.example.backupingest.monitor.api;

import java.time.Duration;
import java.time.Instant;

/** A content fault an entrypoint shows now, and since when (wall clock of the analysing host). */
public record ActiveFault(ContentFault fault, Instant since) {

    public Duration lasting(Instant now) {
        Duration d = Duration.between(since, now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
