package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.SignalChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every monitor event at INFO inside its {@link StreamLogContext}, so an operator can follow a
 * stream by its MDC keys. Events carry no stream keys (PublishRefused only a masked one).
 */
final class StreamEventLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamEventLog.class);

    private final AutoCloseable subscription;

    public StreamEventLog(MonitorEventBus bus) {
        this.subscription = bus.subscribe(this::log);
    }

    void log(MonitorEvent event) {
        try (StreamLogContext.Scope ignored = StreamLogContext.of(event)) {
            log.info("stream event {}: {}", event.getClass().getSimpleName(), describe(event));
        }
    }

    static String describe(MonitorEvent event) {
        return switch (event) {
            case PublishStarted e -> "publishing, " + e.edgeCount() + " edge(s)";
            case PublishEnded e -> "publish ended (" + e.reason() + ")";
            case PublishRefused e -> "refused key " + e.maskedKey() + " from " + e.clientAddress();
            case FailoverHappened e -> (e.from() == null ? "-" : e.from().letter()) + " -> "
                    + (e.to() == null ? "-" : e.to().letter()) + " (" + e.cause() + "), detected after "
                    + e.detection().toMillis() + " ms" + (e.drill() ? ", drill" : "");
            case HealthChanged e -> e.health().state() + " (" + e.health().reason() + ")";
            case SignalChanged e -> e.faults().isEmpty() ? "picture and sound clean"
                    : "showing " + e.faults().stream().map(f -> f.fault().name()).toList();
        };
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
