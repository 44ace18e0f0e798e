package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import com.example.backupingest.monitor.transcode.TranscoderStatus;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One indicator per running publish ({@code <contentId>-<A|B>}): UP while its ffmpeg runs, DOWN
 * with a reason while it is dead (the supervisor restarts it) or missing. The set follows the
 * publishes the health monitor knows, so it changes between requests.
 */
final class TranscodersHealthContributor implements CompositeHealthContributor {

    private final IngestPipeline pipeline;
    private final TranscoderManager transcoders;

    public TranscodersHealthContributor(IngestPipeline pipeline, TranscoderManager transcoders) {
        this.pipeline = pipeline;
        this.transcoders = transcoders;
    }

    @Override
    public @Nullable HealthContributor getContributor(String name) {
        return stream().filter(e -> e.name().equals(name)).findFirst().map(Entry::contributor).orElse(null);
    }

    @Override
    public Stream<Entry> stream() {
        return pipeline.all().stream().filter(EntrypointHealth::publishing)
                .map(h -> new Entry(h.contentId() + "-" + h.entrypoint().letter(), indicator(h)));
    }

    private HealthIndicator indicator(EntrypointHealth pipelineHealth) {
        return () -> {
            Optional<TranscoderStatus> status = transcoders.status(pipelineHealth.entrypoint(),
                    pipelineHealth.contentId());
            if (status.isEmpty()) {
                return Health.down().withDetail("reason", "no transcoder for a running publish").build();
            }
            TranscoderStatus s = status.get();
            Health.Builder health = s.running() ? Health.up().withDetail("reason", "ffmpeg running")
                    : Health.down().withDetail("reason", "ffmpeg exited; the supervisor restarts it");
            health.withDetail("restarts", s.restarts()).withDetail("pipeline", pipelineHealth.state() + ": "
                    + pipelineHealth.reason());
            if (s.last() != null && s.last().speed() != null) {
                health.withDetail("speed", s.last().speed());
            }
            return health.build();
        };
    }
}
