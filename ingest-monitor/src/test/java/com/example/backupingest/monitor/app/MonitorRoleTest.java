package com.example.backupingest.monitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MonitorRoleTest {

    private static MonitorProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("monitor",
                MonitorProperties.class);
    }

    @Test
    void each_ingest_host_runs_only_its_own_entrypoint() {
        assertThat(new EntrypointLayout(bind(Map.of("monitor.role", "ingest-a"))).nginxSettings())
                .containsOnlyKeys(Entrypoint.PRIMARY);
        assertThat(new EntrypointLayout(bind(Map.of("monitor.role", "INGEST_B"))).nginxSettings())
                .containsOnlyKeys(Entrypoint.BACKUP);
    }

    @Test
    void without_a_role_both_entrypoints_run_as_before_and_an_edge_runs_none() {
        assertThat(new EntrypointLayout(bind(Map.of())).nginxSettings())
                .containsOnlyKeys(Entrypoint.PRIMARY, Entrypoint.BACKUP);
        assertThat(MonitorRole.EDGE.entrypoints()).isEmpty();
    }
}
