package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads only. Support checks run in code as well as in {@code @PreAuthorize} (method security may be off). */
@Service
@Transactional(readOnly = true)
class JdbcSupportAuditLog implements SupportAuditLog {

    private static final String SELECT = "select s.id, s.at, s.agent, s.account_id, a.number, a.company_name,"
            + " s.customer_username, s.action, s.reason, s.detail, s.session_marker"
            + " from support_audit s join account a on a.id = s.account_id ";
    private static final String NEWEST_FIRST = " order by s.at desc, s.id desc";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final SupportAccess access;

    JdbcSupportAuditLog(JdbcClient jdbc, CurrentUser currentUser, SupportAccess access) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    @PreAuthorize("hasRole('SUPPORT')")
    public List<AuditEntry> recent(int limit) {
        access.requireSupport();
        return jdbc.sql(SELECT + NEWEST_FIRST + " fetch first " + Math.clamp(limit, 1, 1000) + " rows only")
                .query(JdbcSupportAuditLog::map).list();
    }

    @Override
    @PreAuthorize("hasRole('SUPPORT')")
    public List<AuditEntry> forAccount(long accountId) {
        access.requireSupport();
        return byAccount(accountId);
    }

    @Override
    public List<AuditEntry> forMyAccount() {
        return byAccount(currentUser.requireAccountId());
    }

    private List<AuditEntry> byAccount(long accountId) {
        return jdbc.sql(SELECT + "where s.account_id = ?" + NEWEST_FIRST).param(accountId)
                .query(JdbcSupportAuditLog::map).list();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("agent"), rs.getLong("account_id"), rs.getString("number"),
                rs.getString("company_name"), rs.getString("customer_username"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("reason"), rs.getString("detail"),
                rs.getString("session_marker"));
    }
}
