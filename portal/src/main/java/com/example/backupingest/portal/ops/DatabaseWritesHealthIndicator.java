package com.example.backupingest.portal.ops;

import com.example.backupingest.portal.live.FailoverTimeline;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readiness part {@code databaseWrites}: DOWN while the database refuses writes. The {@code db}
 * indicator alone cannot see that: an embedded H2 whose file channel was closed (a thread interrupted
 * in file I/O) still answers {@code isValid} and cached reads, while every insert fails. So: DOWN while
 * timeline rows wait for the database, and, on H2, when a {@code CHECKPOINT} (it writes the store's
 * pending changes to the file) fails.
 */
final class DatabaseWritesHealthIndicator implements HealthIndicator {

    private final FailoverTimeline timeline;
    private final JdbcClient jdbc;
    private final boolean h2;

    DatabaseWritesHealthIndicator(FailoverTimeline timeline, JdbcClient jdbc, boolean h2) {
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.h2 = h2;
    }

    @Override
    public Health health() {
        var unsaved = timeline.unsaved();
        if (unsaved.isPresent()) {
            return Health.down().withDetail("reason", "the database refuses timeline rows; they are retried")
                    .withDetail("unsaved", unsaved.get().count()).withDetail("since", unsaved.get().since().toString())
                    .withDetail("error", unsaved.get().error()).build();
        }
        if (h2) {
            try {
                jdbc.sql("CHECKPOINT").update();
            } catch (RuntimeException e) {
                return Health.down().withDetail("reason", "the database cannot write its file")
                        .withDetail("error", e.getClass().getSimpleName()).build();
            }
        }
        return Health.up().build();
    }
}
