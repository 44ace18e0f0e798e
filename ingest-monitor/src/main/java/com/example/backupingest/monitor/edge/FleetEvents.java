package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.SignalChanged;
import java.time.Clock;
import java.time.Duration;

/**
 * Brings the bus's publish and signal events to the edges at once, not at their next poll: the first
 * PublishStarted of a content creates and starts its edges.
 */
final class FleetEvents {

    private final EdgeRegistry registry;
    private final PollScheduler scheduler;
    private final FailoverAnnouncer announcer;
    private final EdgePoll poll;
    private final Clock clock;

    FleetEvents(EdgeRegistry registry, PollScheduler scheduler, FailoverAnnouncer announcer, EdgePoll poll,
            Clock clock) {
        this.registry = registry;
        this.scheduler = scheduler;
        this.announcer = announcer;
        this.poll = poll;
        this.clock = clock;
    }

    void on(MonitorEvent event) {
        switch (event) {
            case PublishStarted started -> {
                ContentEdges content = registry.open(started);
                if (content.startOnce()) {
                    content.edges().forEach(edge -> {
                        announcer.announce(content, edge, edge.start());
                        scheduler.start(content, edge, () -> poll.run(content, edge));
                    });
                }
                content.edges().forEach(edge -> {
                    edge.publishStarted(started.entrypoint(), started.at())
                            .ifPresent(t -> announcer.announce(content, edge, t));
                    scheduler.pollNow(edge); // it may be in a slow idle wait
                });
            }
            case PublishEnded ended -> registry.content(ended.contentId()).ifPresent(content -> content.edges()
                    .forEach(edge -> edge.publishEnded(ended.entrypoint(), ended.at())
                            .ifPresent(t -> announcer.switched(content, edge, t))));
            case SignalChanged signal -> registry.content(signal.contentId()).ifPresent(content -> {
                content.edges().forEach(edge -> edge.signal(signal.entrypoint(), signal.faults(), signal.checks(),
                        signal.at()).ifPresent(t -> announcer.switched(content, edge, t)));
                wakeAtThresholds(content, signal);
            });
            default -> {
            }
        }
    }

    /**
     * A fault counts the moment it has lasted its threshold, which no poll or event marks: the edges are
     * woken then (the next regular poll could be up to a poll interval later).
     */
    private void wakeAtThresholds(ContentEdges content, SignalChanged signal) {
        for (ActiveFault fault : signal.faults()) {
            signal.checks().threshold(fault.fault()).ifPresent(threshold -> {
                Duration wait = Duration.between(clock.instant(), fault.since().plus(threshold)).plusMillis(1);
                if (!wait.isNegative()) {
                    scheduler.pollAfter(content, wait);
                }
            });
        }
    }
}
