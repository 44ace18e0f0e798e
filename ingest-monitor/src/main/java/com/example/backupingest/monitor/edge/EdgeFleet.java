package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.EdgeStatus;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.SignalChanged;
import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.edge.origin.OriginHttpClient;
import com.example.backupingest.monitor.edge.origin.OriginPoller;
import com.example.backupingest.monitor.edge.origin.SegmentCache;
import com.example.backupingest.monitor.api.viewer.HostShare;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * All edges of all contents. The first PublishStarted of a content creates its N edges
 * ({@code edge-1}..{@code edge-N}); each polls both origins on its own virtual thread and decides on
 * its own. Publish events reach the edges at once, not at the next poll. Decisions are published on
 * the bus as {@link FailoverHappened}. An edge host that is one of several distribution servers
 * creates only its {@link HostShare} of the edges ({@link #serveOnly}); the others are not there.
 * <p>
 * The fleet is the facade; the work is done by its parts: {@link EdgeRegistry} (which edges exist),
 * {@link FleetEvents} (bus events to the edges), {@link PollScheduler} (when each edge polls),
 * {@link EdgePoll} (what one poll does), {@link SegmentMirroring} and {@link FailoverAnnouncer}.
 */
public final class EdgeFleet implements AutoCloseable {

    private final EdgeRegistry registry;
    private final SegmentCache cache;
    private final PollScheduler scheduler;
    private final FailoverAnnouncer announcer;
    private final SegmentMirroring mirroring;
    private final AutoCloseable subscription;

    public EdgeFleet(EdgeProperties properties, OriginEndpoints origins, MonitorEventBus bus, HttpClient http,
            Clock clock) {
        this.registry = new EdgeRegistry(properties, clock);
        // Short timeouts: a hanging origin must not hold a poll longer than a few intervals.
        OriginPoller poller = new OriginPoller(origins, http, properties.pollInterval().multipliedBy(4));
        this.cache = new SegmentCache(http, properties.segmentDuration(), properties.segmentCache().toBytes());
        this.scheduler = new PollScheduler(properties);
        this.announcer = new FailoverAnnouncer(bus, scheduler);
        this.mirroring = new SegmentMirroring(cache);
        FleetEvents events = new FleetEvents(registry, scheduler, announcer,
                new EdgePoll(poller, cache, announcer, mirroring), clock);
        this.subscription = bus.subscribe(events::on);
    }

    /** With an HTTP client for remote origins: a dead origin must fail a poll fast, not cost a segment. */
    public static EdgeFleet create(EdgeProperties properties, OriginEndpoints origins, MonitorEventBus bus,
            Clock clock) {
        return new EdgeFleet(properties, origins, bus, OriginHttpClient.create(), clock);
    }

    /**
     * This process is one of several edge hosts: it creates, polls and serves only the logical edges
     * of its share. Set before the first publish (edges already created stay as they are).
     *
     * @throws IllegalStateException once a content's edges exist
     */
    public void serveOnly(HostShare share) {
        registry.serveOnly(share);
    }

    /**
     * Every edge's playlists and new segments also go to {@code mirror}, from each edge's next poll on
     * (what was appended before stays with the Java edge only).
     */
    public void mirrorTo(EdgeMirror mirror) {
        mirroring.mirrorTo(mirror);
    }

    public HostShare share() {
        return registry.share();
    }

    public List<String> edgeIds(String contentId) {
        return registry.content(contentId).map(content -> content.edges().stream().map(Edge::id).toList())
                .orElse(List.of());
    }

    /** The account a served content belongs to (for seat reports). */
    public OptionalLong accountId(String contentId) {
        return registry.content(contentId).map(content -> OptionalLong.of(content.accountId()))
                .orElse(OptionalLong.empty());
    }

    /** Every edge of every content this fleet serves, ordered by content and edge. */
    public List<EdgeStatus> statuses() {
        return registry.statuses();
    }

    public Optional<Entrypoint> activeSource(String contentId, String edgeId) {
        return registry.edge(contentId, edgeId).flatMap(Edge::activeSource);
    }

    /** @throws NoSuchElementException for an unknown content or edge */
    public String masterPlaylist(String contentId, String edgeId) {
        return registry.edge(contentId, edgeId).orElseThrow(() -> new NoSuchElementException("no edge " + edgeId))
                .masterPlaylist();
    }

    public Optional<String> mediaPlaylist(String contentId, String edgeId, Rendition rendition) {
        return registry.edge(contentId, edgeId).map(e -> e.mediaPlaylist(rendition));
    }

    /** Empty for unknown names and for segments the origin no longer has. */
    public Optional<byte[]> segment(String contentId, String edgeId, Rendition rendition, String name) {
        OptionalLong sequence = EdgeSegment.sequence(name);
        if (sequence.isEmpty()) {
            return Optional.empty();
        }
        return registry.edge(contentId, edgeId).flatMap(e -> e.segment(rendition, sequence.getAsLong()))
                .flatMap(s -> cache.get(s.cacheKey(), s.origin()));
    }

    /** Every edge of the content treats its active source as broken (the pipeline drops that publisher). */
    public void drill(String contentId) {
        registry.content(contentId).ifPresent(content -> content.edges()
                .forEach(edge -> edge.drill().ifPresent(t -> announcer.switched(content, edge, t))));
    }

    /** Like {@link #drill(String)}, but only the edges currently serving from {@code source}. */
    public void drill(String contentId, Entrypoint source) {
        registry.content(contentId).ifPresent(content -> content.edges().stream()
                .filter(edge -> edge.activeSource().equals(Optional.of(source)))
                .forEach(edge -> edge.drill().ifPresent(t -> announcer.switched(content, edge, t))));
    }

    @Override
    public void close() throws Exception {
        subscription.close();
        registry.closeAll();
        scheduler.wakeAll();
    }
}
