package com.example.backupingest.monitor.api;

import java.time.Instant;

/** The publisher of a content on an entrypoint is gone (on_publish_done, idle drop or crash). */
public record PublishEnded(long accountId, String contentId, Entrypoint entrypoint, Instant at, String reason)
        implements MonitorEvent {
}
