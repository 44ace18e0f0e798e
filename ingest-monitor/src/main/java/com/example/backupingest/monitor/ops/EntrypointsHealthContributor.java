package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.app.PipelineRuntime;
import com.example.backupingest.monitor.entrypoint.NginxEntrypoint;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/** One indicator per nginx-rtmp entrypoint ({@code primary}, {@code backup}): UP while it serves both ports. */
public final class EntrypointsHealthContributor implements CompositeHealthContributor {

    private final PipelineRuntime runtime;

    public EntrypointsHealthContributor(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public @Nullable HealthContributor getContributor(String name) {
        return Arrays.stream(Entrypoint.values()).filter(e -> name(e).equals(name)).findFirst()
                .map(this::indicator).orElse(null);
    }

    @Override
    public Stream<Entry> stream() {
        return Arrays.stream(Entrypoint.values()).map(e -> new Entry(name(e), indicator(e)));
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
            Health.Builder health = n.isReady() ? Health.up().withDetail("reason", "serving RTMP and HTTP")
                    : Health.down().withDetail("reason", "nginx is not serving its ports (restarting)");
            Long pid = n.pid();
            if (pid != null) {
                health.withDetail("pid", pid);
            }
            return health.withDetail("restarts", n.restarts()).withDetail("rtmpPort", n.settings().rtmpPort())
                    .withDetail("originHttpPort", n.settings().originHttpPort()).build();
        };
    }
}
