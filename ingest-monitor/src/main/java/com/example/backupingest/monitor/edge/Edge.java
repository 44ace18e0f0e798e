package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.edge.origin.OriginSnapshot;
import com.example.backupingest.monitor.hls.PlaylistWriter;
import com.example.backupingest.monitor.hls.Segment;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One distribution server for one content: its own failover decision (one for all renditions) and
 * one timeline per rendition. Thread-safe: polls, bus events and player requests meet here.
 */
final class Edge {

    private static final Logger log = LoggerFactory.getLogger(Edge.class);

    /** What a poll or an event caused: decisions to announce, new segments to prefetch. */
    record Outcome(List<Transition> transitions, List<Appended> appended) {
    }

    record Appended(Rendition rendition, EdgeSegment segment) {
    }

    private final String id;
    private final Clock clock;
    private final FailoverPolicy policy;
    private final ArrivalTracker arrivals;
    private final Map<Rendition, EdgeTimeline> timelines = new EnumMap<>(Rendition.class);
    private final Map<Rendition, Long> peakBitsPerSecond = new EnumMap<>(Rendition.class);
    private final Map<Rendition, String> lastMirrored = new EnumMap<>(Rendition.class);

    Edge(String id, EdgeProperties properties, Clock clock) {
        this.id = id;
        this.clock = clock;
        this.policy = new FailoverPolicy(properties, clock);
        this.arrivals = new ArrivalTracker(properties.stallThreshold());
        for (Rendition rendition : Rendition.values()) {
            EdgeTimeline timeline = new EdgeTimeline(properties);
            timeline.follow(Entrypoint.PRIMARY); // like the policy, from the first moment
            timelines.put(rendition, timeline);
        }
    }

    String id() {
        return id;
    }

    synchronized Transition start() {
        return policy.start();
    }

    synchronized Optional<Entrypoint> activeSource() {
        return policy.active();
    }

    synchronized boolean anyPublishing() {
        return policy.anyPublishing();
    }

    synchronized Optional<Transition> publishStarted(Entrypoint source, Instant at) {
        policy.publishStarted(source, at);
        return policy.decide().map(this::follow);
    }

    synchronized Optional<Transition> publishEnded(Entrypoint source, Instant at) {
        policy.publishEnded(source, at);
        return policy.decide().map(this::follow);
    }

    /** The analysis of {@code source} reported the faults it shows now; a content fault may count at once. */
    synchronized Optional<Transition> signal(Entrypoint source, List<ActiveFault> faults, ContentChecks checks,
            Instant at) {
        policy.signal(source, faults, checks, at);
        return policy.decide().map(this::follow);
    }

    synchronized Optional<Transition> drill() {
        return policy.drill().map(this::follow);
    }

    synchronized Outcome observe(OriginSnapshot snapshot) {
        Instant now = clock.instant();
        for (Entrypoint source : Entrypoint.values()) {
            snapshot.get(source, Rendition.ORIGINAL)
                    .filter(f -> arrivals.gainedSegment(source, f.playlist(), now))
                    .ifPresent(f -> policy.segmentArrived(source,
                            f.playlist().newest().map(Segment::duration).orElse(Duration.ZERO)));
        }
        List<Transition> transitions = policy.decide().map(this::follow).stream().toList();
        List<Appended> appended = new ArrayList<>();
        // Only from a source that delivered since we watch it: not from a leftover playlist of an earlier broadcast.
        policy.active().filter(policy::delivering).ifPresent(active -> timelines.forEach((rendition, timeline) -> snapshot
                .get(active, rendition)
                .ifPresent(f -> {
                    long leftOutBefore = timeline.leftOut();
                    boolean leavingBefore = timeline.leavingOut();
                    timeline.offer(active, f.playlist(), f.uri())
                            .forEach(segment -> appended.add(new Appended(rendition, segment)));
                    reportLeftOut(rendition, timeline, leftOutBefore, leavingBefore);
                })));
        return new Outcome(transitions, appended);
    }

    synchronized String mediaPlaylist(Rendition rendition) {
        return PlaylistWriter.write(timelines.get(rendition).playlist());
    }

    /** Whether {@code playlist} differs from the last one handed to a mirror (and remembers it). */
    synchronized boolean mirrored(Rendition rendition, String playlist) {
        return !playlist.equals(lastMirrored.put(rendition, playlist));
    }

    synchronized String masterPlaylist() {
        return EdgeMasterPlaylist.write(peakBitsPerSecond, timelines);
    }

    synchronized Optional<EdgeSegment> segment(Rendition rendition, long sequence) {
        return timelines.get(rendition).find(sequence);
    }

    synchronized void measured(Rendition rendition, EdgeSegment segment, long bytes) {
        long millis = Math.max(1, segment.duration().toMillis());
        long bitsPerSecond = bytes * 8 * 1000 / millis;
        peakBitsPerSecond.merge(rendition, bitsPerSecond, Math::max);
    }

    /**
     * Segments longer than the target duration are left out (EdgeTimeline); never silently: counted in
     * {@code monitor_edge_segments_left_out_total} (Spring Boot binds its registry to Micrometer's global
     * one), and the start and end of each run logged.
     */
    private void reportLeftOut(Rendition rendition, EdgeTimeline timeline, long before, boolean wasLeaving) {
        long now = timeline.leftOut();
        if (now > before) {
            Metrics.counter("monitor.edge.segments.left.out", "rendition", rendition.id()).increment(now - before);
        }
        if (timeline.leavingOut() && !wasLeaving) {
            log.warn("{} {}: segments longer than the target duration (the encoder's keyframe interval) are left out;"
                    + " the master playlist offers the other renditions meanwhile", id, rendition.id());
        } else if (!timeline.leavingOut() && wasLeaving) {
            log.info("{} {}: segments fit the target duration again ({} left out in all)", id, rendition.id(), now);
        }
    }

    private Transition follow(Transition transition) {
        timelines.values().forEach(t -> t.follow(transition.to()));
        return transition;
    }
}
