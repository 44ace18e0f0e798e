package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.testing.MutableClock;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The five failover rules with 2 s segments: stall after 3 s, clean after 4 s of steady segments.
 * Time only moves through {@link #run}, which delivers segments of the publishing sources.
 */
class FailoverPolicyTest {

    private static final Duration TICK = FailoverPolicyFixture.TICK;

    private final FailoverPolicyFixture fixture = new FailoverPolicyFixture(Instant.parse("2026-11-24T10:00:00Z"));
    private final MutableClock clock = fixture.clock;
    private final FailoverPolicy policy = fixture.policy;
    private final List<Transition> transitions = fixture.transitions;

    @BeforeEach
    void bothPublishAndProduce() {
        fixture.bothPublishAndProduce();
    }

    @Test
    void start_on_primary() {
        assertThat(transitions).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(PRIMARY);
            assertThat(t.drill()).isFalse();
        });
        assertThat(policy.active()).contains(PRIMARY);
    }

    @Test
    void switches_to_backup_when_primary_publisher_is_gone() {
        clock.advance(Duration.ofMillis(40));
        Instant endedAt = clock.instant().minusMillis(30);
        Optional<Transition> now = fixture.end(PRIMARY, endedAt);

        assertThat(now).hasValueSatisfying(t -> {
            assertThat(t.from()).isEqualTo(PRIMARY);
            assertThat(t.to()).isEqualTo(BACKUP);
            assertThat(t.cause()).isEqualTo(FailoverCause.PUBLISHER_GONE);
            assertThat(t.detection()).isEqualTo(Duration.ofMillis(30));
        });
        assertThat(policy.active()).contains(BACKUP);
    }

    @Test
    void switches_when_no_new_segment_for_stall_threshold() {
        fixture.stopProducing(PRIMARY); // encoder hangs, publisher stays connected
        fixture.run(Duration.ofMillis(2750));
        assertThat(policy.active()).as("not yet 3 s without a segment").contains(PRIMARY);

        fixture.run(Duration.ofSeconds(1));

        Transition last = transitions.getLast();
        assertThat(last.from()).isEqualTo(PRIMARY);
        assertThat(last.to()).isEqualTo(BACKUP);
        assertThat(last.cause()).isEqualTo(FailoverCause.STALL);
        assertThat(last.detection()).isLessThan(TICK);
        assertThat(transitions).hasSize(2);
    }

    @Test
    void after_a_4_s_segment_the_next_may_take_4_s_and_the_stall_threshold_grows_by_the_2_s_more() {
        fixture.stopProducing(PRIMARY);
        policy.segmentArrived(PRIMARY, Duration.ofSeconds(4)); // an encoder with a steady 4 s keyframe interval
        fixture.run(Duration.ofMillis(4750));
        assertThat(policy.active()).as("4.75 s: within 3 s + (4 s - 2 s)").contains(PRIMARY);

        fixture.run(Duration.ofMillis(500));

        assertThat(transitions.getLast().cause()).isEqualTo(FailoverCause.STALL);
        assertThat(policy.active()).contains(BACKUP);
    }

    @Test
    void does_not_switch_to_an_unclean_backup() {
        fixture.end(BACKUP, clock.instant());
        fixture.start(BACKUP);
        fixture.run(Duration.ofSeconds(2)); // backup delivers again, but not for 4 s yet

        Optional<Transition> t = fixture.end(PRIMARY, clock.instant());

        assertThat(t).hasValueSatisfying(held -> {
            assertThat(held.to()).as("both down: hold").isNull();
            assertThat(held.cause()).isEqualTo(FailoverCause.PUBLISHER_GONE);
        });
        assertThat(policy.active()).isEmpty();
    }

    @Test
    void stays_on_backup_after_primary_recovers() {
        fixture.end(PRIMARY, clock.instant());
        fixture.start(PRIMARY);

        fixture.run(Duration.ofMinutes(5));

        assertThat(policy.active()).contains(BACKUP);
        assertThat(transitions).hasSize(2);
    }

    @Test
    void returns_to_primary_only_when_primary_is_clean() {
        fixture.end(PRIMARY, clock.instant());
        fixture.start(PRIMARY);
        fixture.run(Duration.ofSeconds(2)); // primary back, but only 2 s steady

        Transition whileUnclean = fixture.end(BACKUP, clock.instant()).orElseThrow();
        assertThat(whileUnclean.to()).isNull();

        fixture.start(BACKUP);
        fixture.run(Duration.ofSeconds(3)); // primary: 3 s of steady segments
        assertThat(policy.active()).as("primary not clean yet").isEmpty();
        fixture.run(Duration.ofSeconds(1));

        Transition back = transitions.getLast();
        assertThat(back.to()).isEqualTo(PRIMARY);
        assertThat(policy.active()).contains(PRIMARY);
    }

    @Test
    void switches_back_at_once_when_backup_breaks_and_primary_is_clean() {
        fixture.end(PRIMARY, clock.instant());
        fixture.start(PRIMARY);
        fixture.run(Duration.ofSeconds(6));

        Transition back = fixture.end(BACKUP, clock.instant()).orElseThrow();

        assertThat(back.from()).isEqualTo(BACKUP);
        assertThat(back.to()).isEqualTo(PRIMARY);
        assertThat(back.cause()).isEqualTo(FailoverCause.PUBLISHER_GONE);
    }

    @Test
    void waits_when_both_are_down_then_resumes_with_first_clean() {
        fixture.end(PRIMARY, clock.instant());
        fixture.end(BACKUP, clock.instant());
        fixture.run(Duration.ofSeconds(30));
        assertThat(policy.active()).isEmpty();
        assertThat(transitions.getLast().to()).isNull();

        fixture.start(BACKUP);
        fixture.run(Duration.ofSeconds(1));
        fixture.start(PRIMARY);
        fixture.run(Duration.ofSeconds(4)); // backup: first segment 2 s after start, then 3 s steady
        assertThat(policy.active()).as("nobody clean yet").isEmpty();
        fixture.run(Duration.ofMillis(1500));
        assertThat(policy.active()).as("backup became clean first").contains(BACKUP);

        Transition resumed = transitions.getLast();
        assertThat(resumed.from()).isNull();
        assertThat(resumed.to()).isEqualTo(BACKUP);
        assertThat(resumed.cause()).isEqualTo(FailoverCause.RESUMED);
        assertThat(resumed.detection()).isLessThan(TICK);
        assertThat(transitions).hasSize(4);
    }

    @Test
    void drill_switches_and_is_marked() {
        Transition drill = policy.drill().orElseThrow();

        assertThat(drill.drill()).isTrue();
        assertThat(drill.cause()).isEqualTo(FailoverCause.DRILL);
        assertThat(drill.from()).isEqualTo(PRIMARY);
        assertThat(drill.to()).isEqualTo(BACKUP);
        assertThat(drill.detection()).isZero();
        fixture.run(Duration.ofMinutes(1));
        assertThat(policy.active()).as("sticky after a drill too").contains(BACKUP);
    }

    @Test
    void a_primary_that_never_delivers_is_left_after_startup_allowance() {
        Instant fresh0 = clock.instant();
        FailoverPolicy fresh = new FailoverPolicy(EdgeProperties.DEFAULTS, clock);
        fresh.publishStarted(PRIMARY, clock.instant());
        for (int second = 1; second < 8; second++) {
            clock.advance(Duration.ofSeconds(1));
            fresh.segmentArrived(BACKUP);
            assertThat(fresh.decide()).as("stall threshold + startup grace = 8 s before the first segment").isEmpty();
        }
        clock.advance(Duration.ofSeconds(1));

        assertThat(fresh.decide()).hasValueSatisfying(t -> {
            assertThat(t.to()).isEqualTo(BACKUP);
            assertThat(t.cause()).isEqualTo(FailoverCause.STALL);
            assertThat(t.at()).as("8 s without a first segment").isEqualTo(fresh0.plusSeconds(8));
        });
    }
}
