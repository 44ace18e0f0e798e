package com.example.backupingest.monitor.viewer;

import java.time.Instant;

/** What a ticket admits: one viewer to one edge of one content, issued at {@code issuedAt}. */
public record ViewerTicket(String contentId, String edgeId, String viewerId, TicketKind kind, Instant issuedAt) {
}
