package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.EntrypointHealth;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Micrometer meters fed by the monitor's event bus: failovers by cause, switch time (percentiles and
 * histogram), publish refusals, and per content/entrypoint gauges (transcode speed per rendition,
 * newest segment age) registered when the health monitor first reports that pair.
 */
final class MonitorMetrics implements AutoCloseable {

    private final MeterRegistry registry;
    private final IngestPipeline pipeline;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();
    private final AutoCloseable subscription;

    public MonitorMetrics(MeterRegistry registry, IngestPipeline pipeline) {
        this.registry = registry;
        this.pipeline = pipeline;
        this.subscription = pipeline.bus().subscribe(this::on);
    }

    void on(MonitorEvent event) {
        switch (event) {
            case FailoverHappened e -> FailoverTag.of(e).ifPresent(tag -> failover(tag, e.detection()));
            case PublishRefused e -> Counter.builder("monitor.publish.refusals")
                    .description("Publishes refused (unknown or already publishing key)")
                    .tag("entrypoint", e.entrypoint().letter()).register(registry).increment();
            case HealthChanged e -> gauges(e.contentId(), e.health().entrypoint());
            default -> {
            }
        }
    }

    private void failover(FailoverTag cause, Duration detection) {
        Counter.builder("monitor.failovers").description("Edge source switches by cause")
                .tag("cause", cause.tag()).register(registry).increment();
        Timer.builder("monitor.failover.switch").description("From the break being observable to the switch")
                // Prometheus gets the histogram (histogram_quantile); other registries the client-side percentiles
                .tag("cause", cause.tag()).publishPercentiles(0.5, 0.95, 0.99).publishPercentileHistogram()
                .register(registry).record(detection);
    }

    private void gauges(String contentId, Entrypoint entrypoint) {
        if (!gauged.add(contentId + "/" + entrypoint)) {
            return;
        }
        for (Rendition rendition : Rendition.values()) {
            Gauge.builder("monitor.transcode.speed", pipeline,
                            p -> health(p, contentId, entrypoint).map(h -> h.transcodeSpeed().get(rendition))
                                    .orElse(Double.NaN))
                    .description("ffmpeg speed (1.0 = real time)").tags("content", contentId, "entrypoint",
                            entrypoint.letter(), "rendition", rendition.id())
                    .register(registry);
        }
        Gauge.builder("monitor.segment.age", pipeline,
                        p -> health(p, contentId, entrypoint).map(EntrypointHealth::newestSegmentAge)
                                .map(age -> age.toMillis() / 1000.0).orElse(Double.NaN))
                .description("Age of the newest HLS segment (worst rendition)").baseUnit("seconds")
                .tags("content", contentId, "entrypoint", entrypoint.letter()).register(registry);
    }

    private static Optional<EntrypointHealth> health(IngestPipeline pipeline, String contentId, Entrypoint e) {
        return pipeline.health(contentId, e);
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
