package com.example.backupingest.portal.support;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the support audit, with the account's number and company for display. Both
 * identities are always there: {@code agent} (who acted) and {@code customerUsername} (as whom).
 */
public record AuditEntry(long id, Instant at, String agent, long accountId, String accountNumber,
        String companyName, String customerUsername, AuditAction action, @Nullable String reason,
        @Nullable String detail, @Nullable String sessionMarker) {
}
