package com.example.backupingest.monitor.api.viewer;

import java.time.Instant;

/**
 * What a ticket admits: one viewer to one edge of one content, issued at {@code issuedAt}.
 * {@code expiresAt}: a viewer ticket's latest first playlist load (after that only a seat its player
 * keeps renewing lets it in); a preview ticket's end.
 */
public record ViewerTicket(String contentId, String edgeId, String viewerId, TicketKind kind, Instant issuedAt,
        Instant expiresAt) {
}
