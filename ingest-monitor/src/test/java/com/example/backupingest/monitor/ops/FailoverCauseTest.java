package com.example.backupingest.monitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.event.FailoverHappened;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FailoverCauseTest {

    @Test
    void edge_cause_sentences_map_to_stable_metric_categories() {
        assertThat(FailoverCause.of(event(Entrypoint.PRIMARY, Entrypoint.BACKUP, "publisher gone on A", false)))
                .contains(FailoverCause.PUBLISHER_GONE);
        assertThat(FailoverCause.of(event(Entrypoint.BACKUP, Entrypoint.PRIMARY, "no new segment on B for 3.2 s", false)))
                .contains(FailoverCause.STALL);
        assertThat(FailoverCause.of(event(Entrypoint.PRIMARY, Entrypoint.BACKUP, "drill", true)))
                .contains(FailoverCause.DRILL);
        assertThat(FailoverCause.of(event(Entrypoint.PRIMARY, null, "publisher gone on A; B is down too", false)))
                .contains(FailoverCause.BOTH_DOWN);
        assertThat(FailoverCause.of(event(null, Entrypoint.BACKUP, "resumed on B: clean again after the edge held",
                false))).contains(FailoverCause.RESUMED);
        assertThat(FailoverCause.PUBLISHER_GONE.tag()).isEqualTo("publisher_gone");
    }

    @Test
    void the_initial_choice_of_a_source_is_no_failover() {
        assertThat(FailoverCause.of(event(null, Entrypoint.PRIMARY, "start on primary", false))).isEmpty();
    }

    private static FailoverHappened event(@Nullable Entrypoint from, @Nullable Entrypoint to, String cause,
            boolean drill) {
        return new FailoverHappened(1, "c1", "edge-1", from, to, cause, drill, Instant.EPOCH, Duration.ofMillis(40));
    }
}
