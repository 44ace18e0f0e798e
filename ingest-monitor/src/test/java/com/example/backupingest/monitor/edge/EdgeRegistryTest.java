package com.example.backupingest.monitor.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.EdgeStatus;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishStarted;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EdgeRegistryTest {

    private final EdgeRegistry registry = new EdgeRegistry(EdgeProperties.DEFAULTS, Clock.systemUTC());

    @Test
    void a_content_gets_its_edges_from_its_first_publish_and_keeps_them() {
        ContentEdges first = registry.open(new PublishStarted(7, "c1", Entrypoint.PRIMARY, 2, Instant.now()));
        ContentEdges again = registry.open(new PublishStarted(7, "c1", Entrypoint.BACKUP, 5, Instant.now()));

        assertThat(again).isSameAs(first);
        assertThat(first.edges()).extracting(Edge::id).containsExactly("edge-1", "edge-2");
        assertThat(registry.edge("c1", "edge-2")).isPresent();
        assertThat(registry.edge("c1", "edge-3")).isEmpty();
        assertThat(registry.edge("c2", "edge-1")).isEmpty();
    }

    @Test
    void statuses_are_ordered_by_content_and_edge_and_start_on_the_primary() {
        registry.open(new PublishStarted(7, "c2", Entrypoint.PRIMARY, 1, Instant.now()));
        registry.open(new PublishStarted(8, "c1", Entrypoint.PRIMARY, 2, Instant.now()));

        assertThat(registry.statuses()).containsExactly(new EdgeStatus("c1", "edge-1", Entrypoint.PRIMARY),
                new EdgeStatus("c1", "edge-2", Entrypoint.PRIMARY), new EdgeStatus("c2", "edge-1", Entrypoint.PRIMARY));
    }

    @Test
    void closing_all_closes_every_content() {
        ContentEdges content = registry.open(new PublishStarted(7, "c1", Entrypoint.PRIMARY, 1, Instant.now()));

        registry.closeAll();

        assertThat(content.closed()).isTrue();
    }
}
