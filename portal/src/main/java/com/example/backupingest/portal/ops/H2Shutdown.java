package com.example.backupingest.portal.ops;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code DB_CLOSE_DELAY=-1} an embedded H2 file database stays open until told: this tells it
 * ({@code SHUTDOWN}, which writes everything to the file) when the portal stops, before the pool
 * closes. Only for H2 file databases: an in-memory one may be shared by other contexts (tests).
 */
final class H2Shutdown implements AutoCloseable {

    private final DataSource dataSource;

    H2Shutdown(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void close() {
        try {
            new JdbcTemplate(dataSource).execute("SHUTDOWN");
        } catch (RuntimeException e) {
            // closed already, or failing: nothing more to save
        }
    }
}
