package com.example.backupingest.monitor.remote;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings that follow from {@code monitor.role}. {@code edge}: the media pipeline is off (no nginx,
 * no ffmpeg, none of their health contributors) whatever {@code monitor.enabled} says, and the edge
 * is ready as soon as it runs (its followers reconnect on their own; one dead ingest host must not
 * take the edge out of the load balancer), with {@code monitor.front.enabled} once its nginx front serves. {@code ingest-a}/{@code ingest-b}: no in-process edges
 * by default, the edge hosts serve players, and the HLS origin listens on all interfaces
 * ({@code monitor.origin-listen-address=0.0.0.0}) so the edge hosts reach it; it still serves only
 * the addresses in {@code monitor.origin-allow}.
 */
class MonitorRoleEnvironment implements EnvironmentPostProcessor {

    static final String FORCED = "monitorRole";
    static final String DEFAULTS = "monitorRoleDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String role = environment.getProperty("monitor.role", "").trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (role) {
            case "edge" -> environment.getPropertySources().addFirst(new MapPropertySource(FORCED, Map.of(
                    "monitor.enabled", "false",
                    // with an nginx front, players connect to it: not ready before it serves
                    "management.endpoint.health.group.readiness.include",
                    environment.getProperty("monitor.front.enabled", Boolean.class, false) ? "readinessState,front"
                            : "readinessState")));
            case "ingest-a", "ingest-b" -> environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS,
                    Map.of("monitor.edge.enabled", "false", "monitor.origin-listen-address", "0.0.0.0")));
            default -> {
            }
        }
    }
}
