package com.example.backupingest.portal.security;

import org.jspecify.annotations.Nullable;

/**
 * A {@link StateChanging} method's result that tells the audit what changed. {@code null}: nothing
 * changed (e.g. invalid input refused), so no audit row.
 */
public interface AuditedResult {

    /** Language-neutral facts for the audit row (references, names), or null when nothing changed. */
    @Nullable String auditDetail();
}
