package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the Live page's timeline: one failover (or one "all seats taken"), with the edges
 * that took part in it. Every edge decides for itself, so one broken encoder yields one stored
 * entry per edge, a few hundred milliseconds apart: entries with the same move and cause within
 * {@link #WINDOW} are one event. {@code edges} are newest first, like the timeline.
 */
public record TimelineEvent(TimelineEntry.Kind kind, @Nullable Entrypoint from, @Nullable Entrypoint to,
        @Nullable FailoverCause cause, int seats, List<TimelineEntry> edges) {

    /** Edges of one content poll their origins every few hundred ms; a stall is seen within a poll or two. */
    public static final Duration WINDOW = Duration.ofSeconds(10);

    public TimelineEvent {
        edges = List.copyOf(edges);
    }

    /** When the first edge moved. */
    public Instant at() {
        return edges.getLast().at();
    }

    public boolean drill() {
        return cause == FailoverCause.DRILL;
    }

    /** Groups stored entries (newest first) into events (newest first). */
    public static List<TimelineEvent> group(List<TimelineEntry> newestFirst) {
        List<TimelineEvent> events = new ArrayList<>();
        List<TimelineEntry> current = new ArrayList<>();
        for (TimelineEntry entry : newestFirst) {
            if (!current.isEmpty() && !belongs(entry, current)) {
                events.add(of(current));
                current = new ArrayList<>();
            }
            current.add(entry);
        }
        if (!current.isEmpty()) {
            events.add(of(current));
        }
        return events;
    }

    private static boolean belongs(TimelineEntry entry, List<TimelineEntry> group) {
        TimelineEntry newest = group.getFirst();
        return entry.kind() == TimelineEntry.Kind.FAILOVER && newest.kind() == TimelineEntry.Kind.FAILOVER
                && entry.from() == newest.from() && entry.to() == newest.to()
                && Objects.equals(entry.cause(), newest.cause())
                && group.stream().noneMatch(e -> e.edgeId().equals(entry.edgeId()))
                && Duration.between(entry.at(), newest.at()).compareTo(WINDOW) <= 0;
    }

    private static TimelineEvent of(List<TimelineEntry> entries) {
        TimelineEntry first = entries.getFirst();
        return new TimelineEvent(first.kind(), first.from(), first.to(), first.cause(), first.seats(), entries);
    }
}
