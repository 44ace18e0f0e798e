package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.api.EntrypointHealth;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The pipeline running inside the portal (embedded default). */
final class LocalHealthSource implements HealthSource {

    private final IngestPipeline pipeline;

    LocalHealthSource(IngestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Optional<byte[]> thumbnail(String contentId, Entrypoint entrypoint) {
        return pipeline.thumbnail(contentId, entrypoint);
    }

    @Override
    public Optional<EntrypointHealth> health(String contentId, Entrypoint entrypoint) {
        return pipeline.health(contentId, entrypoint);
    }

    @Override
    public List<EntrypointHealth> all() {
        return pipeline.all();
    }

    @Override
    public List<String> problems() {
        return pipeline.availability().problems();
    }

    @Override
    public List<EdgeSource> edges(String contentId) {
        return pipeline.edgeStatuses(contentId).stream()
                .map(edge -> new EdgeSource(edge.edgeId(), edge.active(), Instant.EPOCH)).toList();
    }

    /** The publish sessions change with nginx's callbacks, before health's next round notices. */
    @Override
    public boolean receiving(String contentId, Entrypoint entrypoint) {
        return pipeline.publishing(contentId, entrypoint) && HealthSource.super.receiving(contentId, entrypoint);
    }

    /** Edges leave the entrypoint first (their FailoverHappened says drill), then its publisher is dropped. */
    @Override
    public boolean drill(String contentId, Entrypoint entrypoint) {
        return pipeline.drill(contentId, entrypoint);
    }
}
