package com.example.backupingest.monitor.api;


/**
 * Body of {@code POST /api/monitor/srt-access} on the portal: an SRT caller named this content in its
 * stream id on this entrypoint. The answer is a {@link com.example.backupingest.monitor.api.SrtAccess}
 * (200) or 403.
 */
public record SrtAccessRequest(Entrypoint entrypoint, String contentId) {
}
