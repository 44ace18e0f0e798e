package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.EdgeStatus;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.SignalChanged;
import com.example.backupingest.monitor.viewer.HostShare;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All edges of all contents. The first PublishStarted of a content creates its N edges
 * ({@code edge-1}..{@code edge-N}); each polls both origins on its own virtual thread and decides on
 * its own. Publish events reach the edges at once, not at the next poll. Decisions are published on
 * the bus as {@link FailoverHappened}. An edge host that is one of several distribution servers
 * creates only its {@link HostShare} of the edges ({@link #serveOnly}); the others are not there.
 */
public final class EdgeFleet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EdgeFleet.class);
    private static final int IDLE_POLL_FACTOR = 8;

    private final EdgeProperties properties;
    private final MonitorEventBus bus;
    private final Clock clock;
    private final OriginPoller poller;
    private final SegmentCache cache;
    private final Map<String, ContentEdges> contents = new ConcurrentHashMap<>();
    private final Map<Edge, Thread> pollers = new ConcurrentHashMap<>();
    private final AutoCloseable subscription;
    private volatile HostShare share = HostShare.ALL;
    private volatile EdgeMirror mirror;

    public EdgeFleet(EdgeProperties properties, OriginEndpoints origins, MonitorEventBus bus, HttpClient http,
            Clock clock) {
        this.properties = properties;
        this.bus = bus;
        this.clock = clock;
        // Short timeouts: a hanging origin must not hold a poll longer than a few intervals.
        LocalOriginFiles files = new LocalOriginFiles();
        this.poller = new OriginPoller(origins,
                new OriginReader(http, properties.pollInterval().multipliedBy(4), files));
        this.cache = new SegmentCache(http, files, properties.segmentDuration(), properties.segmentCache().toBytes());
        this.subscription = bus.subscribe(this::on);
    }

    /** With an HTTP client for remote origins: a dead origin must fail a poll fast, not cost a segment. */
    public static EdgeFleet create(EdgeProperties properties, OriginEndpoints origins, MonitorEventBus bus,
            Clock clock) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(500)).build();
        return new EdgeFleet(properties, origins, bus, http, clock);
    }

    /**
     * This process is one of several edge hosts: it creates, polls and serves only the logical edges
     * of its share. Set before the first publish (edges already created stay as they are).
     *
     * @throws IllegalStateException once a content's edges exist
     */
    public void serveOnly(HostShare share) {
        if (!contents.isEmpty()) {
            throw new IllegalStateException("the host share is set before the first publish");
        }
        this.share = share;
    }

    /**
     * Every edge's playlists and new segments also go to {@code mirror}, from each edge's next poll on
     * (what was appended before stays with the Java edge only).
     */
    public void mirrorTo(EdgeMirror mirror) {
        this.mirror = mirror;
    }

    public HostShare share() {
        return share;
    }

    public List<String> edgeIds(String contentId) {
        ContentEdges content = contents.get(contentId);
        return content == null ? List.of() : content.edges().stream().map(Edge::id).toList();
    }

    /** The account a served content belongs to (for seat reports). */
    public OptionalLong accountId(String contentId) {
        ContentEdges content = contents.get(contentId);
        return content == null ? OptionalLong.empty() : OptionalLong.of(content.accountId());
    }

    /** Every edge of every content this fleet serves, ordered by content and edge. */
    public List<EdgeStatus> statuses() {
        return contents.values().stream()
                .sorted(java.util.Comparator.comparing(ContentEdges::contentId))
                .flatMap(content -> content.edges().stream()
                        .map(edge -> new EdgeStatus(content.contentId(), edge.id(), edge.activeSource().orElse(null))))
                .toList();
    }

    public Optional<Entrypoint> activeSource(String contentId, String edgeId) {
        return edge(contentId, edgeId).flatMap(Edge::activeSource);
    }

    /** @throws NoSuchElementException for an unknown content or edge */
    public String masterPlaylist(String contentId, String edgeId) {
        return edge(contentId, edgeId).orElseThrow(() -> new NoSuchElementException("no edge " + edgeId))
                .masterPlaylist();
    }

    public Optional<String> mediaPlaylist(String contentId, String edgeId, Rendition rendition) {
        return edge(contentId, edgeId).map(e -> e.mediaPlaylist(rendition));
    }

    /** Empty for unknown names and for segments the origin no longer has. */
    public Optional<byte[]> segment(String contentId, String edgeId, Rendition rendition, String name) {
        if (!name.matches(EdgeSegment.PREFIX + "\\d{1,18}\\" + EdgeSegment.SUFFIX)) {
            return Optional.empty();
        }
        long sequence = Long.parseLong(name, EdgeSegment.PREFIX.length(),
                name.length() - EdgeSegment.SUFFIX.length(), 10);
        return edge(contentId, edgeId).flatMap(e -> e.segment(rendition, sequence))
                .flatMap(s -> cache.get(s.cacheKey(), s.origin()));
    }

    /** Every edge of the content treats its active source as broken (the pipeline drops that publisher). */
    public void drill(String contentId) {
        ContentEdges content = contents.get(contentId);
        if (content != null) {
            content.edges().forEach(edge -> edge.drill().ifPresent(t -> switched(content, edge, t)));
        }
    }

    /** Like {@link #drill(String)}, but only the edges currently serving from {@code source}. */
    public void drill(String contentId, Entrypoint source) {
        ContentEdges content = contents.get(contentId);
        if (content != null) {
            content.edges().stream().filter(edge -> edge.activeSource().equals(Optional.of(source)))
                    .forEach(edge -> edge.drill().ifPresent(t -> switched(content, edge, t)));
        }
    }

    private Optional<Edge> edge(String contentId, String edgeId) {
        ContentEdges content = contents.get(contentId);
        return content == null ? Optional.empty()
                : content.edges().stream().filter(e -> e.id().equals(edgeId)).findFirst();
    }

    private void on(MonitorEvent event) {
        switch (event) {
            case PublishStarted started -> {
                ContentEdges content = contents.computeIfAbsent(started.contentId(),
                        id -> ContentEdges.create(started, properties, share, clock));
                if (content.startOnce()) {
                    content.edges().forEach(edge -> {
                        announce(content, edge, edge.start());
                        pollers.put(edge, Thread.ofVirtual().name("edge-poll-" + content.contentId() + "-" + edge.id())
                                .start(() -> pollUntilClosed(content, edge)));
                    });
                }
                content.edges().forEach(edge -> {
                    edge.publishStarted(started.entrypoint(), started.at()).ifPresent(t -> announce(content, edge, t));
                    pollNow(edge); // it may be in a slow idle wait
                });
            }
            case PublishEnded ended -> {
                ContentEdges content = contents.get(ended.contentId());
                if (content != null) {
                    content.edges().forEach(edge -> edge.publishEnded(ended.entrypoint(), ended.at())
                            .ifPresent(t -> switched(content, edge, t)));
                }
            }
            case SignalChanged signal -> {
                ContentEdges content = contents.get(signal.contentId());
                if (content != null) {
                    content.edges().forEach(edge -> edge.signal(signal.entrypoint(), signal.faults(), signal.checks(),
                            signal.at()).ifPresent(t -> switched(content, edge, t)));
                    wakeAtThresholds(content, signal);
                }
            }
            default -> {
            }
        }
    }

    private void pollUntilClosed(ContentEdges content, Edge edge) {
        long next = System.nanoTime();
        while (!content.closed()) {
            // With no encoder connected only a publish event (delivered at once) changes anything:
            // poll slowly, so ended broadcasts cost next to nothing.
            long intervalNanos = (edge.anyPublishing() ? properties.pollInterval()
                    : properties.pollInterval().multipliedBy(IDLE_POLL_FACTOR)).toNanos();
            try {
                Edge.Outcome outcome = edge.observe(poller.poll(content.contentId(), edge.activeSource()));
                outcome.transitions().forEach(t -> announce(content, edge, t));
                outcome.appended().forEach(a -> cache.size(a.segment().cacheKey(), a.segment().origin())
                        .thenAccept(size -> size.ifPresent(bytes -> edge.measured(a.rendition(), a.segment(), bytes))));
                EdgeMirror copies = mirror;
                if (copies != null) {
                    mirror(copies, content, edge, outcome.appended());
                }
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

    /** New segments first (fetched once, then written by the mirror), then each playlist that changed. */
    private void mirror(EdgeMirror copies, ContentEdges content, Edge edge, List<Edge.Appended> appended) {
        for (Rendition rendition : Rendition.values()) {
            List<EdgeMirror.MirroredSegment> added = appended.stream().filter(a -> a.rendition() == rendition)
                    .flatMap(a -> cache.get(a.segment().cacheKey(), a.segment().origin()).stream()
                            .map(bytes -> new EdgeMirror.MirroredSegment(a.segment().name(), bytes)))
                    .toList();
            String playlist = edge.mediaPlaylist(rendition);
            boolean changed = edge.mirrored(rendition, playlist);
            if (changed || !added.isEmpty()) {
                copies.media(content.contentId(), edge.id(), rendition, playlist, added);
            }
        }
    }

    /** Announces the switch and lists the new source's segments now, not at the next poll. */
    private void switched(ContentEdges content, Edge edge, Transition t) {
        announce(content, edge, t);
        pollNow(edge);
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
                    Thread.ofVirtual().name("edge-threshold-" + content.contentId()).start(() -> {
                        try {
                            Thread.sleep(wait);
                            content.edges().forEach(this::pollNow);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
            });
        }
    }

    private void pollNow(Edge edge) {
        Thread poller = pollers.get(edge);
        if (poller != null) {
            LockSupport.unpark(poller);
        }
    }

    private void announce(ContentEdges content, Edge edge, Transition t) {
        try (var ignored = StreamLogContext.open(content.accountId(), content.contentId(),
                t.to() != null ? t.to() : t.from(), edge.id())) {
            log.info("edge {} of {}: {} -> {} ({}), detected after {} ms", edge.id(), content.contentId(), t.from(),
                    t.to(), t.cause(), t.detection().toMillis());
        }
        bus.publish(new FailoverHappened(content.accountId(), content.contentId(), edge.id(), t.from(), t.to(),
                t.cause(), t.at(), t.detection()));
    }

    @Override
    public void close() throws Exception {
        subscription.close();
        contents.values().forEach(ContentEdges::close);
        pollers.values().forEach(LockSupport::unpark);
    }
}
