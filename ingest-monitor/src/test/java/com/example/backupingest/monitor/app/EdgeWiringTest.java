package com.example.backupingest.monitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.edge.EdgeController;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.edge.EdgeProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The edges in the auto-configuration (no web server here, so nothing is started). */
class EdgeWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MonitorCommonAutoConfiguration.class, IngestMonitorAutoConfiguration.class))
            .withPropertyValues("monitor.enabled=true");

    @Test
    void edges_come_with_the_monitor_and_time_their_rules_in_the_transcoders_segment_duration() {
        runner.withPropertyValues("monitor.segment-duration=4s").run(context -> {
            assertThat(context).hasSingleBean(EdgeFleet.class).hasSingleBean(EdgeController.class);
            assertThat(context.getBean(IngestPipeline.class).edges()).containsSame(context.getBean(EdgeFleet.class));
            EdgeProperties edge = context.getBean(EdgeProperties.class);
            assertThat(edge.segmentDuration()).isEqualTo(Duration.ofSeconds(4));
            assertThat(edge.stallThreshold()).isEqualTo(Duration.ofSeconds(6));
            assertThat(edge.cleanTime()).isEqualTo(Duration.ofSeconds(8));
            assertThat(edge.startupGrace()).as("start delay + probe (segment + 1 s) + a segment")
                    .isEqualTo(Duration.ofMillis(9500));
        });
    }

    @Test
    void explicit_edge_timings_win_over_the_derived_ones() {
        runner.withPropertyValues("monitor.edge.stall-threshold=5s", "monitor.edge.clean-time=10s",
                "monitor.edge.poll-interval=100ms").run(context -> {
                    EdgeProperties edge = context.getBean(EdgeProperties.class);
                    assertThat(edge.stallThreshold()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(edge.cleanTime()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(edge.pollInterval()).isEqualTo(Duration.ofMillis(100));
                    assertThat(edge.segmentDuration()).isEqualTo(Duration.ofSeconds(2));
                });
    }

    @Test
    void an_edge_segment_duration_that_differs_from_the_transcoders_is_refused() {
        runner.withPropertyValues("monitor.edge.segment-duration=6s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("monitor.edge.segment-duration (PT6S) differs from monitor.segment-duration (PT2S)");
        });
    }

    @Test
    void edges_can_be_switched_off() {
        runner.withPropertyValues("monitor.edge.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(EdgeFleet.class).doesNotHaveBean(EdgeController.class);
            assertThat(context.getBean(IngestPipeline.class).edges()).isEmpty();
        });
    }
}
