package com.example.backupingest.monitor.api;

import java.time.Instant;

/**
 * A publish was refused. {@code contentId} is "unknown" when the key matched nothing;
 * {@code maskedKey} shows at most the last four characters.
 */
public record PublishRefused(String contentId, Entrypoint entrypoint, String clientAddress, String maskedKey,
        Instant at) implements MonitorEvent {
}
