package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the world about an edge's decisions: a log line in the stream's context and a {@link FailoverHappened} on the bus. */
final class FailoverAnnouncer {

    /** Under the fleet's name, as before the fleet was split: log settings and readers know it. */
    private static final Logger log = LoggerFactory.getLogger(EdgeFleet.class);

    private final MonitorEventBus bus;
    private final PollScheduler scheduler;

    FailoverAnnouncer(MonitorEventBus bus, PollScheduler scheduler) {
        this.bus = bus;
        this.scheduler = scheduler;
    }

    void announce(ContentEdges content, Edge edge, Transition t) {
        try (var ignored = StreamLogContext.open(content.accountId(), content.contentId(),
                t.to() != null ? t.to() : t.from(), edge.id())) {
            log.info("edge {} of {}: {} -> {} ({}), detected after {} ms", edge.id(), content.contentId(), t.from(),
                    t.to(), t.cause(), t.detection().toMillis());
        }
        bus.publish(new FailoverHappened(content.accountId(), content.contentId(), edge.id(), t.from(), t.to(),
                t.cause(), t.at(), t.detection()));
    }

    /** Announces the switch and lists the new source's segments now, not at the next poll. */
    void switched(ContentEdges content, Edge edge, Transition t) {
        announce(content, edge, t);
        scheduler.pollNow(edge);
    }
}
