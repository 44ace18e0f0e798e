package com.example.backupingest.portal.support;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row about to be appended to the support audit. */
record AuditRecord(Instant at, String agent, long accountId, String customerUsername, AuditAction action,
        @Nullable String reason, @Nullable String detail, @Nullable String sessionMarker) {
}
