package com.example.backupingest.monitor.api;

import java.time.Instant;
import java.util.List;

/**
 * One check of one entrypoint: from its measured health (issues not yet filled in) to the issues it
 * finds, usually none or one. Stateless; runs on every health poll.
 */
@FunctionalInterface
public interface HealthCheck {

    List<HealthIssue> check(EntrypointHealth health, Instant now);
}
