package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.StreamLogContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When edges poll: each on its own virtual thread at the poll interval, slowly while no encoder is
 * connected, and at once when woken (a publish event, a switch, a fault reaching its threshold).
 */
final class PollScheduler {

    /** Under the fleet's name, as before the fleet was split: log settings and readers know it. */
    private static final Logger log = LoggerFactory.getLogger(EdgeFleet.class);
    private static final int IDLE_POLL_FACTOR = 8;

    private final EdgeProperties properties;
    private final Map<Edge, Thread> pollers = new ConcurrentHashMap<>();

    PollScheduler(EdgeProperties properties) {
        this.properties = properties;
    }

    /** Polls {@code edge} until its content closes, {@code poll} doing one poll. */
    void start(ContentEdges content, Edge edge, Runnable poll) {
        pollers.put(edge, Thread.ofVirtual().name("edge-poll-" + content.contentId() + "-" + edge.id())
                .start(() -> pollUntilClosed(content, edge, poll)));
    }

    void pollNow(Edge edge) {
        Thread poller = pollers.get(edge);
        if (poller != null) {
            LockSupport.unpark(poller);
        }
    }

    /** Wakes the content's edges once {@code wait} has passed. */
    void pollAfter(ContentEdges content, Duration wait) {
        Thread.ofVirtual().name("edge-threshold-" + content.contentId()).start(() -> {
            try {
                Thread.sleep(wait);
                content.edges().forEach(this::pollNow);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Wakes every poller (their contents are closed: they end). */
    void wakeAll() {
        pollers.values().forEach(LockSupport::unpark);
    }

    private void pollUntilClosed(ContentEdges content, Edge edge, Runnable poll) {
        long next = System.nanoTime();
        while (!content.closed()) {
            // With no encoder connected only a publish event (delivered at once) changes anything:
            // poll slowly, so ended broadcasts cost next to nothing.
            long intervalNanos = (edge.anyPublishing() ? properties.pollInterval()
                    : properties.pollInterval().multipliedBy(IDLE_POLL_FACTOR)).toNanos();
            try {
                poll.run();
                next += intervalNanos;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    LockSupport.parkNanos(sleep); // a publish event unparks it early
                } else {
                    next = System.nanoTime(); // fell behind: do not burst
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (System.nanoTime() < next) {
                    next = System.nanoTime(); // woken early: restart the rhythm from now
                }
            } catch (RuntimeException e) {
                try (var ignored = StreamLogContext.open(content.accountId(), content.contentId(), null, edge.id())) {
                    log.warn("edge {} of {}: poll failed", edge.id(), content.contentId(), e);
                }
            }
        }
    }
}
