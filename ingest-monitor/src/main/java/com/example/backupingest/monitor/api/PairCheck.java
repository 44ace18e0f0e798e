package com.example.backupingest.monitor.api;

import java.time.Instant;
import java.util.List;

/** One comparison of the two entrypoints of a content (both publishing). */
@FunctionalInterface
public interface PairCheck {

    List<HealthIssue> check(EntrypointHealth primary, EntrypointHealth backup, Instant now);
}
