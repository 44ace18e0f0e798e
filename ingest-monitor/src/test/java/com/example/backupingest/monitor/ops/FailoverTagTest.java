package com.example.backupingest.monitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FailoverTagTest {

    @Test
    void typed_edge_causes_map_to_stable_metric_categories() {
        assertThat(FailoverTag.of(event(Entrypoint.PRIMARY, Entrypoint.BACKUP, FailoverCause.PUBLISHER_GONE)))
                .contains(FailoverTag.PUBLISHER_GONE);
        assertThat(FailoverTag.of(event(Entrypoint.BACKUP, Entrypoint.PRIMARY, FailoverCause.STALL)))
                .contains(FailoverTag.STALL);
        assertThat(FailoverTag.of(event(Entrypoint.PRIMARY, Entrypoint.BACKUP, FailoverCause.DRILL)))
                .contains(FailoverTag.DRILL);
        assertThat(FailoverTag.of(event(Entrypoint.PRIMARY, null, FailoverCause.PUBLISHER_GONE)))
                .contains(FailoverTag.HOLD);
        assertThat(FailoverTag.of(event(Entrypoint.PRIMARY, null, FailoverCause.STALL)))
                .contains(FailoverTag.HOLD);
        assertThat(FailoverTag.of(event(null, Entrypoint.BACKUP, FailoverCause.RESUMED))).contains(FailoverTag.RESUMED);
        assertThat(FailoverTag.PUBLISHER_GONE.tag()).isEqualTo("publisher_gone");
        assertThat(FailoverTag.HOLD.tag()).as("not both_down: the other source may still publish").isEqualTo("hold");
    }

    @Test
    void the_initial_choice_of_a_source_is_no_failover() {
        assertThat(FailoverTag.of(event(null, Entrypoint.PRIMARY, FailoverCause.START))).isEmpty();
    }

    private static FailoverHappened event(@Nullable Entrypoint from, @Nullable Entrypoint to, FailoverCause cause) {
        return new FailoverHappened(1, "c1", "edge-1", from, to, cause, Instant.EPOCH, Duration.ofMillis(40));
    }
}
