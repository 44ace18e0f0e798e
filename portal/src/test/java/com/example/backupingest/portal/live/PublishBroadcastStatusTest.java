package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.testing.MutableClock;
import com.example.backupingest.portal.viewers.BroadcastStatus.State;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PublishBroadcastStatusTest {

    private static final Instant T0 = Instant.parse("2026-12-07T05:00:00Z");

    private final MonitorEventBus bus = new MonitorEventBus();
    private final Map<Entrypoint, EntrypointHealth> health = new ConcurrentHashMap<>();
    private final MutableClock clock = new MutableClock(T0);
    private final PublishBroadcastStatus status = new PublishBroadcastStatus(bus, new HealthOf(health), clock);

    @Test
    void a_content_nobody_published_is_not_started() {
        assertThat(status.state("c-1")).isEqualTo(State.NOT_STARTED);
    }

    @Test
    void live_while_one_entrypoint_publishes_and_ended_when_none_does_any_more() {
        bus.publish(started(Entrypoint.PRIMARY, T0));
        bus.publish(started(Entrypoint.BACKUP, T0.plusSeconds(1)));
        assertThat(status.state("c-1")).isEqualTo(State.LIVE);
        assertThat(status.state("c-2")).isEqualTo(State.NOT_STARTED);

        bus.publish(ended(Entrypoint.PRIMARY, T0.plusSeconds(10)));
        assertThat(status.state("c-1")).as("the backup still receives it: a failover").isEqualTo(State.LIVE);

        bus.publish(ended(Entrypoint.BACKUP, T0.plusSeconds(11)));
        assertThat(status.state("c-1")).isEqualTo(State.ENDED);

        bus.publish(started(Entrypoint.BACKUP, T0.plusSeconds(60)));
        assertThat(status.state("c-1")).as("on air again").isEqualTo(State.LIVE);
    }

    @Test
    void a_late_copy_of_an_older_start_from_another_monitor_does_not_revive_an_ended_broadcast() {
        bus.publish(started(Entrypoint.PRIMARY, T0));
        bus.publish(ended(Entrypoint.PRIMARY, T0.plusSeconds(10)));
        bus.publish(started(Entrypoint.PRIMARY, T0));

        assertThat(status.state("c-1")).isEqualTo(State.ENDED);
    }

    @Test
    void a_publish_that_began_before_the_portal_started_is_seen_in_health() {
        health.put(Entrypoint.BACKUP, health(Entrypoint.BACKUP, true, T0));
        assertThat(status.state("c-1")).isEqualTo(State.LIVE);

        health.put(Entrypoint.BACKUP, health(Entrypoint.BACKUP, false, null));
        assertThat(status.state("c-1")).isEqualTo(State.ENDED);
    }

    @Test
    void health_that_has_not_seen_the_end_yet_does_not_keep_it_live() {
        bus.publish(started(Entrypoint.PRIMARY, T0));
        health.put(Entrypoint.PRIMARY, health(Entrypoint.PRIMARY, true, T0));
        bus.publish(ended(Entrypoint.PRIMARY, T0.plusSeconds(30)));

        assertThat(status.state("c-1")).isEqualTo(State.ENDED);
    }

    @Test
    void a_start_that_health_still_contradicts_after_the_catch_up_time_is_over() {
        health.put(Entrypoint.PRIMARY, health(Entrypoint.PRIMARY, false, null));
        bus.publish(started(Entrypoint.PRIMARY, T0));
        assertThat(status.state("c-1")).as("health lags a poll behind").isEqualTo(State.LIVE);

        clock.advance(PublishBroadcastStatus.HEALTH_CATCH_UP.plusSeconds(1));
        assertThat(status.state("c-1")).as("the publisher vanished without an end event").isEqualTo(State.ENDED);

        health.put(Entrypoint.PRIMARY, health(Entrypoint.PRIMARY, true, T0));
        assertThat(status.state("c-1")).isEqualTo(State.LIVE);
    }

    @Test
    void an_entrypoint_whose_monitor_is_unreachable_is_not_on_air() {
        bus.publish(started(Entrypoint.PRIMARY, T0));
        health.put(Entrypoint.PRIMARY, UnreachableHealth.of(health(Entrypoint.PRIMARY, true, T0)));

        assertThat(status.state("c-1")).isEqualTo(State.ENDED);
    }

    private static PublishStarted started(Entrypoint entrypoint, Instant at) {
        return new PublishStarted(7, "c-1", entrypoint, 1, at);
    }

    private static PublishEnded ended(Entrypoint entrypoint, Instant at) {
        return new PublishEnded(7, "c-1", entrypoint, at, "publish_done");
    }

    private static EntrypointHealth health(Entrypoint entrypoint, boolean publishing, @Nullable Instant since) {
        return new EntrypointHealth("c-1", entrypoint, publishing ? HealthState.LIVE : HealthState.IDLE, "test",
                publishing, null, null, null, null, null, null, null, null, false, null, Map.of(), null, since);
    }

    /** Health of content c-1 only, per entrypoint, as a test sets it. */
    private record HealthOf(Map<Entrypoint, EntrypointHealth> byEntrypoint) implements HealthSource {

        @Override
        public Optional<EntrypointHealth> health(String contentId, Entrypoint entrypoint) {
            return contentId.equals("c-1") ? Optional.ofNullable(byEntrypoint.get(entrypoint)) : Optional.empty();
        }

        @Override
        public List<EntrypointHealth> all() {
            return List.copyOf(byEntrypoint.values());
        }

        @Override
        public List<String> problems() {
            return List.of();
        }

        @Override
        public boolean drill(String contentId, Entrypoint entrypoint) {
            return false;
        }
    }
}
