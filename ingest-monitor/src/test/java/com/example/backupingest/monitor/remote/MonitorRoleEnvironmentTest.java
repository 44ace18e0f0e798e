package com.example.backupingest.monitor.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MonitorRoleEnvironmentTest {

    private static StandardEnvironment after(Map<String, Object> configured) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured", configured));
        new MonitorRoleEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void an_edge_switches_the_media_pipeline_off_even_when_enabled_and_is_ready_without_nginx() {
        StandardEnvironment edge = after(Map.of("monitor.role", "EDGE", "monitor.enabled", "true"));
        assertThat(edge.getProperty("monitor.enabled")).isEqualTo("false");
        assertThat(edge.getProperty("management.endpoint.health.group.readiness.include")).isEqualTo("readinessState");
    }

    @Test
    void ingest_hosts_run_no_edges_unless_asked_and_the_embedded_default_is_untouched() {
        assertThat(after(Map.of("monitor.role", "ingest-b")).getProperty("monitor.edge.enabled")).isEqualTo("false");
        assertThat(after(Map.of("monitor.role", "ingest-b")).getProperty("monitor.origin-listen-address"))
                .isEqualTo("0.0.0.0");
        assertThat(after(Map.of("monitor.role", "ingest-a", "monitor.origin-listen-address", "10.0.0.5"))
                .getProperty("monitor.origin-listen-address")).isEqualTo("10.0.0.5");
        assertThat(after(Map.of("monitor.role", "ingest_a", "monitor.edge.enabled", "true"))
                .getProperty("monitor.edge.enabled")).isEqualTo("true");
        StandardEnvironment embedded = after(Map.of("monitor.enabled", "true"));
        assertThat(embedded.getProperty("monitor.edge.enabled")).isNull();
        assertThat(embedded.getProperty("monitor.origin-listen-address")).isNull(); // 127.0.0.1, MonitorProperties
        assertThat(embedded.getProperty("monitor.enabled")).isEqualTo("true");
    }
}
