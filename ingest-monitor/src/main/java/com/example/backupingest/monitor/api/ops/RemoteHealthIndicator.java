package com.example.backupingest.monitor.api.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reachability of another service's {@code /actuator/health/readiness}: UP on 200, DOWN with the
 * status code (503 = it says it cannot serve) or the connection problem. Used by the standalone
 * monitor for its portal and by the portal for each followed remote monitor. The readiness group,
 * not the full health: the full health of each side contains this check of the other, and two
 * services asking each other's full health would call each other until the timeouts.
 */
public final class RemoteHealthIndicator implements HealthIndicator {

    private final URI health;
    private final HttpClient http;
    private final Duration timeout;

    public RemoteHealthIndicator(URI baseUrl, HttpClient http, Duration timeout) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.health = URI.create(base + "/actuator/health/readiness");
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.discarding());
            Health.Builder builder = response.statusCode() == 200 ? Health.up()
                    : Health.down().withDetail("reason", "health answered HTTP " + response.statusCode());
            return builder.withDetail("url", health.toString()).build();
        } catch (IOException e) {
            return Health.down().withDetail("url", health.toString())
                    .withDetail("reason", "not reachable: " + e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().withDetail("url", health.toString()).build();
        }
    }
}
