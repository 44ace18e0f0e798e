package com.example.backupingest.monitor.remote;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code monitor.role=edge} switches the media pipeline off (no nginx, no ffmpeg, none of their
 * health contributors) whatever {@code monitor.enabled} says, and makes the edge ready as soon as
 * it runs: its followers reconnect on their own, and one dead ingest host must not take the edge
 * out of the load balancer.
 */
class EdgeRoleEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE = "monitorEdgeRole";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("edge".equalsIgnoreCase(environment.getProperty("monitor.role", "").trim())) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                    "monitor.enabled", "false",
                    "management.endpoint.health.group.readiness.include", "readinessState")));
        }
    }
}
