package com.example.backupingest.portal.ops;

import com.example.backupingest.portal.live.DatabaseWrites;
import com.example.backupingest.portal.live.FailoverTimeline;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Readiness part {@code databaseWrites}: DOWN while the database refuses writes. The {@code db}
 * indicator alone cannot see that: an embedded H2 whose file channel was closed (a thread interrupted
 * in file I/O) still answers {@code isValid} and cached reads, while every insert fails. So: DOWN while
 * timeline rows wait for the database, and, on H2, when a sequence step written to the file with
 * {@code CHECKPOINT} fails (the sequence {@code portal_write_probe} exists for this only); then the
 * pool's connections are renewed, so that H2 reopens it. The probe's result goes to {@link DatabaseWrites}
 * as well, so that the Live page names a failing database also while no timeline row waits.
 */
final class DatabaseWritesHealthIndicator implements HealthIndicator {

    private final FailoverTimeline timeline;
    private final DatabaseWrites writes;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final boolean h2;
    private volatile boolean sequenceCreated;

    DatabaseWritesHealthIndicator(FailoverTimeline timeline, DatabaseWrites writes, JdbcClient jdbc,
            DataSource dataSource, boolean h2) {
        this.timeline = timeline;
        this.writes = writes;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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
                if (!sequenceCreated) {
                    jdbc.sql("CREATE SEQUENCE IF NOT EXISTS portal_write_probe NOCACHE").update();
                    sequenceCreated = true;
                }
                // a sequence step is a committed change, so the CHECKPOINT really writes to the file
                jdbc.sql("SELECT NEXT VALUE FOR portal_write_probe").query(Long.class).single();
                jdbc.sql("CHECKPOINT").update();
            } catch (RuntimeException e) {
                writes.probeFailed(e.getClass().getSimpleName());
                renewPool();
                return Health.down().withDetail("reason", "the database cannot write its file")
                        .withDetail("error", e.getClass().getSimpleName()).build();
            }
        }
        writes.probeSucceeded();
        return Health.up().build();
    }

    /**
     * A closed embedded H2 database stays closed while any session is open, and idle pooled connections
     * keep theirs (their isValid still says true): evict them all, so the next connection reopens it.
     */
    private void renewPool() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }
}
