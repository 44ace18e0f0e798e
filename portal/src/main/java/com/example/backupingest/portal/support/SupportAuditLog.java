package com.example.backupingest.portal.support;

import com.example.backupingest.portal.security.ReadsOnly;
import java.util.List;

/**
 * Reads the support audit. There is deliberately no method to change or remove an entry: rows
 * are only ever appended (by the impersonation filter and the listeners of this package).
 */
public interface SupportAuditLog {

    /** SUPPORT only: the newest entries of all accounts, newest first. */
    @ReadsOnly
    List<AuditEntry> recent(int limit);

    /** SUPPORT only: the entries of one account, newest first. */
    @ReadsOnly
    List<AuditEntry> forAccount(long accountId);

    /** The entries of the signed-in customer's own account (from CurrentUser), newest first. */
    @ReadsOnly
    List<AuditEntry> forMyAccount();
}
