package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's one subscriber on the monitor bus. It only queues (the bus runs listeners on the
 * monitor's threads); one virtual thread then handles events in order: edge sources, timeline row,
 * alert, and last the push to open pages, so a page that reloads the timeline finds the row.
 */
final class LiveEventRouter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveEventRouter.class);

    private final EdgeSources edges;
    private final FailoverTimeline timeline;
    private final LiveAlerts alerts;
    private final LiveFanout fanout;
    private final BlockingQueue<MonitorEvent> queue = new LinkedBlockingQueue<>();
    private final AutoCloseable subscription;
    private final Thread worker;
    private volatile boolean closed;

    LiveEventRouter(MonitorEventBus bus, EdgeSources edges, FailoverTimeline timeline, LiveAlerts alerts,
            LiveFanout fanout) {
        this.edges = edges;
        this.timeline = timeline;
        this.alerts = alerts;
        this.fanout = fanout;
        this.worker = Thread.ofVirtual().name("live-events").start(this::run);
        this.subscription = bus.subscribe(queue::add);
    }

    private void run() {
        while (!closed) {
            try {
                MonitorEvent event = queue.poll(250, TimeUnit.MILLISECONDS);
                if (event != null) {
                    handle(event);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("live event handling failed", e);
            }
        }
    }

    void handle(MonitorEvent event) {
        if (event instanceof FailoverHappened failover) {
            edges.on(failover);
            timeline.record(failover);
        }
        try {
            alerts.on(event);
        } catch (RuntimeException e) {
            log.warn("live alert for {} failed", event.contentId(), e);
        }
        accountOf(event).ifPresent(account -> fanout.publish(account, event.contentId(), new LiveUpdate.Event(event)));
    }

    /** PublishRefused carries no account: it never reaches a page. */
    private static OptionalLong accountOf(MonitorEvent event) {
        return switch (event) {
            case FailoverHappened e -> OptionalLong.of(e.accountId());
            case HealthChanged e -> OptionalLong.of(e.accountId());
            case PublishStarted e -> OptionalLong.of(e.accountId());
            case PublishEnded e -> OptionalLong.of(e.accountId());
            default -> OptionalLong.empty();
        };
    }

    /**
     * Ends the worker after the events already queued, without interrupting it: a thread interrupted
     * inside JDBC closes the embedded H2 database's file (issue 21).
     */
    @Override
    public void close() throws Exception {
        subscription.close();
        closed = true;
        worker.join(java.time.Duration.ofSeconds(5));
    }
}
