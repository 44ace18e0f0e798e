package com.example.backupingest.monitor.api;

import org.jspecify.annotations.Nullable;

/**
 * One event of the portal's revocation stream ({@code GET /api/monitor/revocations}, event
 * {@code KeyRevoked}): keys of a content stopped being valid, on one entrypoint or (null) on both.
 * Holds no key: the monitor re-checks the keys of its running publishes of that content.
 */
public record KeyRevocation(String contentId, @Nullable Entrypoint entrypoint, RevocationReason reason) {

    /** The SSE event names of the stream: sent once on connect, and per revocation. */
    public static final String CONNECTED = "Connected";
    public static final String REVOKED = "KeyRevoked";
    /** Where the portal serves the stream. */
    public static final String PATH = MonitorPaths.PORTAL_REVOCATIONS;
}
