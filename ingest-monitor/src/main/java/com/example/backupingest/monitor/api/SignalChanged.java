package com.example.backupingest.monitor.api;

import java.time.Instant;
import java.util.List;

/**
 * The picture or sound faults one entrypoint shows changed (or are repeated for late followers):
 * all faults it shows now, each with its start, and the content's checks. Raw faults, not yet
 * measured against a threshold: the edges apply the checks and the relative rule (a fault both
 * entrypoints show is the programme).
 */
public record SignalChanged(long accountId, String contentId, Entrypoint entrypoint, List<ActiveFault> faults,
        ContentChecks checks, Instant at) implements MonitorEvent {

    public SignalChanged {
        faults = List.copyOf(faults);
    }
}
