package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishEndedHealthTest {

    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");
    private static final PublishEnded PRIMARY_ENDED =
            new PublishEnded(1, "c", Entrypoint.PRIMARY, START.plusSeconds(60), "publish done");

    @Test
    void a_publish_end_while_the_backup_receives_is_shown_as_down_at_once() {
        LiveSnapshot before = snapshot(live(Entrypoint.PRIMARY, START), live(Entrypoint.BACKUP, START));

        EntrypointHealth shown = PublishEndedHealth.of(PRIMARY_ENDED, before);

        assertThat(shown.state()).isEqualTo(HealthState.DOWN);
        assertThat(shown.publishing()).isFalse();
        assertThat(shown.reason()).isEqualTo(PublishEndedHealth.DOWN_REASON);
    }

    @Test
    void a_publish_end_without_the_other_entrypoint_is_idle() {
        LiveSnapshot before = snapshot(live(Entrypoint.PRIMARY, START));

        assertThat(PublishEndedHealth.of(PRIMARY_ENDED, before).state()).isEqualTo(HealthState.IDLE);
    }

    @Test
    void a_monitor_snapshot_of_the_old_publish_is_stale_but_a_new_publish_or_an_end_is_not() {
        assertThat(PublishEndedHealth.stale(live(Entrypoint.PRIMARY, START), PRIMARY_ENDED)).isTrue();
        assertThat(PublishEndedHealth.stale(live(Entrypoint.PRIMARY, START.plusSeconds(61)), PRIMARY_ENDED)).isFalse();
        assertThat(PublishEndedHealth.stale(PublishEndedHealth.of(PRIMARY_ENDED, snapshot()), PRIMARY_ENDED)).isFalse();
    }

    private static LiveSnapshot snapshot(EntrypointHealth... health) {
        Map<Entrypoint, EntrypointHealth> map = new java.util.EnumMap<>(Entrypoint.class);
        for (EntrypointHealth h : health) {
            map.put(h.entrypoint(), h);
        }
        return new LiveSnapshot("c", map, Map.of(), List.of(), List.of());
    }

    private static EntrypointHealth live(Entrypoint entrypoint, Instant since) {
        return new EntrypointHealth("c", entrypoint, HealthState.LIVE, "Publishing; segments are flowing", true, 2000L,
                25.0, 1280, 720, "H264", "High", "AAC", "LC", true, null, Map.of(), null, since);
    }
}
