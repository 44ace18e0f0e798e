package com.example.backupingest.portal.ops;

import com.example.backupingest.monitor.api.ops.RemoteHealthIndicator;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;

/**
 * One indicator per followed remote monitor ({@code portal.live.remote-monitors}), named by its
 * authority (host:port), each asking that monitor's {@code /actuator/health/readiness}.
 */
final class RemoteMonitorsHealthContributor implements CompositeHealthContributor {

    private final Map<String, RemoteHealthIndicator> monitors = new LinkedHashMap<>();

    RemoteMonitorsHealthContributor(List<URI> baseUrls) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (URI url : baseUrls) {
            monitors.put(url.getAuthority(),
                    new RemoteHealthIndicator(url, http, Duration.ofSeconds(3)));
        }
    }

    @Override
    public @Nullable HealthContributor getContributor(String name) {
        return monitors.get(name);
    }

    @Override
    public Stream<Entry> stream() {
        return monitors.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue()));
    }
}
