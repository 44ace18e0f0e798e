package com.example.backupingest.portal.live;

import com.example.backupingest.portal.viewers.SeatsFull;
import org.springframework.context.event.EventListener;

/** "All seats taken" goes into the failover timeline and, at once, to the account's open Live pages. */
final class SeatsFullRecorder {

    private final FailoverTimeline timeline;
    private final LiveFanout fanout;

    SeatsFullRecorder(FailoverTimeline timeline, LiveFanout fanout) {
        this.timeline = timeline;
        this.fanout = fanout;
    }

    @EventListener
    void on(SeatsFull event) {
        TimelineEntry entry = timeline.recordSeatsFull(event);
        fanout.publish(event.accountId(), event.contentId(), new LiveUpdate.Timeline(entry));
    }
}
