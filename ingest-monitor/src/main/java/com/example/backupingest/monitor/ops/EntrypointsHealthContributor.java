package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.app.PipelineRuntime;
import com.example.backupingest.monitor.entrypoint.NginxEntrypoint;
import com.example.backupingest.monitor.srt.SrtListener;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One indicator per nginx-rtmp entrypoint this process runs ({@code primary}, {@code backup}; one of
 * them on an ingest host with {@code monitor.role}): UP while it serves both ports and, with SRT on,
 * while its SRT listener listens (port, restarts and connected callers as details).
 */
public final class EntrypointsHealthContributor implements CompositeHealthContributor {

    private final PipelineRuntime runtime;

    public EntrypointsHealthContributor(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public @Nullable HealthContributor getContributor(String name) {
        return runtime.entrypoints().stream().filter(e -> name(e).equals(name)).findFirst()
                .map(this::indicator).orElse(null);
    }

    @Override
    public Stream<Entry> stream() {
        return runtime.entrypoints().stream().map(e -> new Entry(name(e), indicator(e)));
    }

    private static String name(Entrypoint entrypoint) {
        return entrypoint.name().toLowerCase(Locale.ROOT);
    }

    private HealthIndicator indicator(Entrypoint entrypoint) {
        return () -> {
            Optional<NginxEntrypoint> nginx = runtime.entrypoint(entrypoint);
            if (nginx.isEmpty()) {
                String reason = runtime.availability().available() ? "nginx not started yet"
                        : runtime.availability().summary();
                return Health.down().withDetail("reason", reason).build();
            }
            NginxEntrypoint n = nginx.get();
            // the SRT listener is part of the entrypoint: a closed SRT port is as down as a dead nginx
            Optional<SrtListener> srt = runtime.srt().listener(entrypoint);
            boolean srtDown = srt.isPresent() && !srt.get().isListening();
            Health.Builder health = !n.isReady()
                    ? Health.down().withDetail("reason", "nginx is not serving its ports (restarting)")
                    : srtDown ? Health.down().withDetail("reason", "the SRT listener is not listening (opening it again)")
                            : Health.up().withDetail("reason", "serving RTMP and HTTP" + (srt.isPresent() ? " and SRT" : ""));
            srt.ifPresent(l -> health.withDetail("srtPort", l.settings().bindAddress().getPort())
                    .withDetail("srtRestarts", l.restarts()).withDetail("srtCallers", l.relayPids().size()));
            Long pid = n.pid();
            if (pid != null) {
                health.withDetail("pid", pid);
            }
            return health.withDetail("restarts", n.restarts()).withDetail("rtmpPort", n.settings().rtmpPort())
                    .withDetail("originHttpPort", n.settings().originHttpPort()).build();
        };
    }
}
