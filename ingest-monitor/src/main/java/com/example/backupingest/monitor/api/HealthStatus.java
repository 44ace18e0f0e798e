package com.example.backupingest.monitor.api;

import java.util.List;

/**
 * One word for an entrypoint, as YouTube's ingestion health gives it: GOOD (no issue), OK (warnings
 * or a degraded transcode), BAD (an error, or broken during a broadcast), NO_DATA (no encoder).
 */
public enum HealthStatus {
    GOOD, OK, BAD, NO_DATA;

    /** From the state and the entrypoint's own issues (comparisons between A and B do not count). */
    public static HealthStatus of(boolean publishing, HealthState state, List<HealthIssue> issues) {
        if (!publishing) {
            return NO_DATA;
        }
        if (state == HealthState.DOWN || issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
            return BAD;
        }
        if (state == HealthState.DEGRADED || issues.stream().anyMatch(i -> i.severity() == Severity.WARNING)) {
            return OK;
        }
        return GOOD;
    }
}
