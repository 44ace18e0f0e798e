package com.example.backupingest.monitor.api;

import java.util.List;
import java.util.Optional;

/**
 * What the monitor's health endpoints ({@link MonitorPaths#HEALTH} and its siblings) answer: the
 * pipeline implements it, the HTTP layer only reads it (so the controllers do not depend on the
 * role assembly that builds them).
 */
public interface MonitorHealthView {

    List<EntrypointHealth> all();

    List<Mismatch> mismatches(String contentId);

    HealthIssues.View issues(String contentId);

    /** The entrypoint's latest thumbnail as JPEG; empty when none is fresh. */
    Optional<byte[]> thumbnail(String contentId, Entrypoint entrypoint);

    PipelineAvailability availability();
}
