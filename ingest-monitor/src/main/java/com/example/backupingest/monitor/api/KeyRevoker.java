package com.example.backupingest.monitor.api;

/**
 * Drops the publishers whose key the portal has just revoked (regenerated, booking cancelled): the
 * embedded pipeline's way in for the portal; remote monitors learn it from
 * {@link MonitorPaths#PORTAL_REVOCATIONS}.
 */
public interface KeyRevoker {

    /** Re-asks the directory for the content's live publishers and drops those it refuses; how many were dropped. */
    int revoked(String contentId, RevocationReason reason);
}
