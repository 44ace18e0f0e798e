package com.example.backupingest.portal.ops;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * HikariCP keeps a connection after an error unless the error says the connection is broken; H2's
 * "database has been closed" and "IO exception" do not (they are not SQLState 08xxx), so a pool would
 * hand out dead connections for good. Evicting them lets the next connection reopen the database.
 * Configured by {@code spring.datasource.hikari.exception-override-class-name}.
 */
public final class H2ClosedDatabaseEviction implements SQLExceptionOverride {

    /** DATABASE_IS_CLOSED, IO_EXCEPTION_1, IO_EXCEPTION_2, FILE_CORRUPTED_1, GENERAL_ERROR_1 (store panics). */
    private static final Set<Integer> CLOSED = Set.of(90098, 90028, 90031, 90030, 50000);

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && CLOSED.contains(sql.getErrorCode())) {
                return SQLExceptionOverride.Override.MUST_EVICT;
            }
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
