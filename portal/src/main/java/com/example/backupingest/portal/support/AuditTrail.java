package com.example.backupingest.portal.support;

import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of {@code support_audit}, and it only inserts: no statement in the portal
 * updates or deletes an audit row. Joins the caller's transaction (the booking's, for actions),
 * so an action whose audit row cannot be written does not happen either.
 */
@Repository
@Transactional
class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditRecord r) {
        jdbc.sql("insert into support_audit (at, agent, account_id, customer_username, action, reason, detail,"
                        + " session_marker) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.at().atOffset(ZoneOffset.UTC), r.agent(), r.accountId(), r.customerUsername(),
                        r.action().name(), r.reason(), r.detail(), r.sessionMarker())
                .update();
    }

    /** Exit, logout and the session's end may all report one impersonation's end: record it once. */
    @Transactional(readOnly = true)
    boolean hasEnded(String sessionMarker) {
        return jdbc.sql("select count(*) from support_audit where session_marker = ? and action = ?")
                .params(sessionMarker, AuditAction.IMPERSONATION_ENDED.name())
                .query(Long.class).single() > 0;
    }
}
