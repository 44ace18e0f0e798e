package com.example.backupingest.monitor.event;

import com.example.backupingest.monitor.Entrypoint;
import java.time.Instant;

/** An encoder started publishing a content on an entrypoint (nginx-rtmp on_publish accepted). */
public record PublishStarted(long accountId, String contentId, Entrypoint entrypoint, Instant at)
        implements MonitorEvent {
}
