package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.EdgeStatus;
import com.example.backupingest.monitor.api.IngestCertificate;

import com.example.backupingest.monitor.api.MonitorHealthView;
import com.example.backupingest.monitor.api.PipelineAvailability;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.entrypoint.ActivePublish;
import com.example.backupingest.monitor.entrypoint.NginxControl;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssues;
import com.example.backupingest.monitor.health.HealthMonitor;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import com.example.backupingest.monitor.api.Mismatch;
import com.example.backupingest.monitor.api.MismatchDetector;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a portal (or the HTTP API) uses of the media pipeline. */
public final class IngestPipeline implements MonitorHealthView {

    /** Thumbnails come every 2 s; one older than this belongs to a transcoder that stopped. */
    static final Duration THUMBNAIL_FRESH = Duration.ofSeconds(10);

    private final PipelineRuntime runtime;
    private final PublishSessions sessions;
    private final HealthMonitor health;
    private final MonitorEventBus bus;
    private final OriginEndpoints origins;
    private final @Nullable EdgeFleet edges;
    private final MismatchDetector mismatchDetector = new MismatchDetector();
    private final NginxControl control = new NginxControl();

    public IngestPipeline(PipelineRuntime runtime, PublishSessions sessions, HealthMonitor health,
            MonitorEventBus bus, OriginEndpoints origins, @Nullable EdgeFleet edges) {
        this.runtime = runtime;
        this.sessions = sessions;
        this.health = health;
        this.bus = bus;
        this.origins = origins;
        this.edges = edges;
    }

    /** The RTMPS certificate nginx presents now; empty before the pipeline installed one (or without TLS). */
    public Optional<IngestCertificate> ingestCertificate() {
        return Optional.ofNullable(runtime.tls().current());
    }

    /** The distribution servers; empty with {@code monitor.edge.enabled=false}. */
    public Optional<EdgeFleet> edges() {
        return Optional.ofNullable(edges);
    }

    /** The content's edges and the entrypoint each serves now, in the fleet's order; none without edges. */
    public List<EdgeStatus> edgeStatuses(String contentId) {
        return edges().map(fleet -> fleet.edgeIds(contentId).stream()
                .map(edge -> new EdgeStatus(contentId, edge, fleet.activeSource(contentId, edge).orElse(null)))
                .toList()).orElse(List.of());
    }

    /**
     * A failover drill: the edges serving the content from {@code entrypoint} leave it at once (their
     * FailoverHappened says drill=true), then that entrypoint's publisher is dropped as in a real
     * failure. Returns false when nothing published there.
     */
    public boolean drill(String contentId, Entrypoint entrypoint) {
        if (sessions.find(entrypoint, contentId).isEmpty()) {
            return false;
        }
        // Edges first: the PublishEnded that follows the drop must find them already switched.
        edges().ifPresent(fleet -> fleet.drill(contentId, entrypoint));
        return dropPublisher(entrypoint, contentId);
    }

    /** Whether an encoder publishes the content on the entrypoint now (nginx's publish callbacks). */
    public boolean publishing(String contentId, Entrypoint entrypoint) {
        return sessions.find(entrypoint, contentId).isPresent();
    }

    public Optional<EntrypointHealth> health(String contentId, Entrypoint entrypoint) {
        return health.health(contentId, entrypoint);
    }

    @Override
    public List<EntrypointHealth> all() {
        return health.all();
    }

    /** The content's health issues by entrypoint and between A and B (as far as this process knows both). */
    @Override
    public HealthIssues.View issues(String contentId) {
        return health.issues(contentId);
    }

    /**
     * The entrypoint's latest thumbnail (JPEG, refreshed every two seconds by its transcoder) while an
     * encoder publishes there and the picture is fresh; empty otherwise.
     */
    @Override
    public Optional<byte[]> thumbnail(String contentId, Entrypoint entrypoint) {
        if (sessions.find(entrypoint, contentId).isEmpty() || !runtime.entrypoints().contains(entrypoint)) {
            return Optional.empty();
        }
        Path file = TranscoderManager.thumbnailPath(runtime.settings(entrypoint).hlsRoot().resolve(contentId));
        try {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(THUMBNAIL_FRESH))) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty(); // not written yet
        }
    }

    /** Differences between what the encoders send to A and B for one content (empty while one is missing). */
    @Override
    public List<Mismatch> mismatches(String contentId) {
        Optional<EntrypointHealth> primary = health(contentId, Entrypoint.PRIMARY);
        Optional<EntrypointHealth> backup = health(contentId, Entrypoint.BACKUP);
        if (primary.isEmpty() || backup.isEmpty()) {
            return List.of();
        }
        return mismatchDetector.detect(primary.get(), backup.get());
    }

    public OriginEndpoints origins() {
        return origins;
    }

    public MonitorEventBus bus() {
        return bus;
    }

    @Override
    public PipelineAvailability availability() {
        return runtime.availability();
    }

    /**
     * Disconnects the encoder of a content on one entrypoint (nginx-rtmp control API), e.g. for a
     * failover drill. Returns false when nothing publishes there.
     */
    public boolean dropPublisher(Entrypoint entrypoint, String contentId) {
        Optional<ActivePublish> publish = sessions.find(entrypoint, contentId);
        if (publish.isEmpty()) {
            return false;
        }
        return control.dropPublisher(runtime.settings(entrypoint), publish.get().protocol(), publish.get().streamName());
    }
}
