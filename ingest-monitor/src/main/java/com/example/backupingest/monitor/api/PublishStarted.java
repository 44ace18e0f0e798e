package com.example.backupingest.monitor.api;

import java.time.Instant;

/**
 * An encoder started publishing a content on an entrypoint (nginx-rtmp on_publish accepted).
 * {@code edgeCount} is how many distribution servers serve this account (from its viewer seats).
 */
public record PublishStarted(long accountId, String contentId, Entrypoint entrypoint, int edgeCount, Instant at)
        implements MonitorEvent {
}
