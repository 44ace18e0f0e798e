package com.example.backupingest.monitor.edge;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentCheck;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.ContentFault;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Content faults in the failover rules (2 s segments, clean after 4 s, checks at 2 s): a fault of the
 * active source lasting its threshold that the other does not show moves the edge to a clean other;
 * a fault both show is the programme; "clean" for going back includes picture and sound.
 */
class ContentFailoverPolicyTest {

    private static final Duration TICK = FailoverPolicyFixture.TICK;

    private final FailoverPolicyFixture fixture = new FailoverPolicyFixture(Instant.parse("2026-12-07T10:00:00Z"));
    private final MutableClock clock = fixture.clock;
    private final FailoverPolicy policy = fixture.policy;
    private final List<Transition> transitions = fixture.transitions;

    @BeforeEach
    void bothPublishAndProduce() {
        fixture.bothPublishAndProduce();
    }

    @Test
    void a_black_primary_moves_the_edge_to_the_backup_after_its_threshold() {
        Instant black = clock.instant();
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofMillis(1750));
        assertThat(policy.active()).as("1.75 s of black is not yet 2 s").contains(PRIMARY);

        fixture.run(Duration.ofMillis(500));

        Transition t = transitions.getLast();
        assertThat(t.from()).isEqualTo(PRIMARY);
        assertThat(t.to()).isEqualTo(BACKUP);
        assertThat(t.cause()).isEqualTo(FailoverCause.PICTURE_BLACK);
        assertThat(t.detection()).as("detection counts from the first black frame")
                .isEqualTo(Duration.between(black, t.at())).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2250));
    }

    @Test
    void frozen_silent_and_missing_sound_are_named_as_such() {
        fixture.show(PRIMARY, ContentFault.AUDIO_SILENT);
        fixture.run(Duration.ofSeconds(3));
        assertThat(transitions.getLast().cause()).isEqualTo(FailoverCause.AUDIO_SILENT);
        fixture.show(PRIMARY);
        fixture.run(Duration.ofSeconds(6)); // A clean again
        fixture.show(BACKUP, ContentFault.PICTURE_FROZEN);
        fixture.run(Duration.ofSeconds(3));
        assertThat(transitions.getLast().cause()).isEqualTo(FailoverCause.PICTURE_FROZEN);
        assertThat(transitions.getLast().to()).isEqualTo(PRIMARY);
    }

    @Test
    void a_picture_black_on_both_is_the_programme_and_never_a_failover() {
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.show(BACKUP, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(20));
        assertThat(transitions).hasSize(1);
        assertThat(policy.active()).contains(PRIMARY);
    }

    @Test
    void the_other_showing_the_same_cut_a_little_later_or_ending_it_a_little_earlier_is_still_the_programme() {
        fixture.show(PRIMARY, ContentFault.PICTURE_FROZEN);
        fixture.run(Duration.ofMillis(800));
        fixture.show(BACKUP, ContentFault.PICTURE_FROZEN); // B's encoder is 0.8 s behind
        fixture.run(Duration.ofSeconds(10));
        fixture.show(BACKUP); // B's still ends a moment before A's
        fixture.run(Duration.ofMillis(750));
        assertThat(transitions).as("a slide on both, seen a little apart").hasSize(1);
    }

    @Test
    void a_fault_of_the_primary_that_outlasts_the_programme_on_the_backup_counts_once_the_backup_is_clean() {
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.show(BACKUP, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(5));
        fixture.show(BACKUP); // the programme has a picture again; A's capture card stays black
        fixture.run(Duration.ofSeconds(3));
        assertThat(policy.active()).as("B's black fault ended less than the clean time ago").contains(PRIMARY);
        fixture.run(Duration.ofSeconds(2));
        assertThat(policy.active()).contains(BACKUP);
        assertThat(transitions.getLast().cause()).isEqualTo(FailoverCause.PICTURE_BLACK);
    }

    @Test
    void silence_on_one_side_and_no_sound_at_all_on_the_other_are_the_same_programme() {
        fixture.show(PRIMARY, ContentFault.AUDIO_SILENT);
        fixture.show(BACKUP, ContentFault.AUDIO_MISSING);
        fixture.run(Duration.ofSeconds(10));
        assertThat(transitions).hasSize(1);
    }

    @Test
    void sticky_back_to_the_primary_only_when_it_is_clean_and_the_backup_shows_a_fault() {
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(3));
        assertThat(policy.active()).contains(BACKUP);
        fixture.show(PRIMARY); // A has a picture again
        fixture.run(Duration.ofSeconds(10));
        assertThat(policy.active()).as("sticky").contains(BACKUP);

        fixture.show(BACKUP, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(3));

        Transition back = transitions.getLast();
        assertThat(back.from()).isEqualTo(BACKUP);
        assertThat(back.to()).isEqualTo(PRIMARY);
        assertThat(back.cause()).isEqualTo(FailoverCause.PICTURE_BLACK);
    }

    @Test
    void the_backup_turning_black_while_the_recovered_primary_is_black_too_holds_on_the_backup() {
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(3));
        fixture.show(PRIMARY);
        fixture.run(Duration.ofSeconds(10));

        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.show(BACKUP, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(20));

        assertThat(policy.active()).contains(BACKUP);
        assertThat(transitions).hasSize(2);
    }

    @Test
    void a_primary_not_clean_in_picture_for_the_clean_time_is_not_chosen_back() {
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(3));
        fixture.show(PRIMARY);
        fixture.run(Duration.ofSeconds(1)); // picture back for 1 s
        fixture.show(BACKUP, ContentFault.AUDIO_SILENT);
        fixture.run(Duration.ofSeconds(2).plus(TICK));
        assertThat(policy.active()).as("B silent for 2 s, but A clean for 3.25 of 4 s only").contains(BACKUP);
        fixture.run(Duration.ofSeconds(1));
        assertThat(policy.active()).as("A has been clean for 4 s now").contains(PRIMARY);
    }

    @Test
    void in_standby_a_black_primary_switches_nothing() {
        fixture.end(BACKUP);
        fixture.run(Duration.ofSeconds(2));
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(20));
        assertThat(policy.active()).contains(PRIMARY);
        assertThat(transitions).hasSize(1);
    }

    @Test
    void a_switched_off_check_and_a_longer_threshold_are_respected() {
        fixture.checks = ContentChecks.DEFAULT.with(ContentCheck.SILENT, new ContentChecks.Setting(false, Duration.ofSeconds(2)))
                .with(ContentCheck.BLACK, new ContentChecks.Setting(true, Duration.ofSeconds(5)));
        fixture.show(PRIMARY, ContentFault.AUDIO_SILENT);
        fixture.run(Duration.ofSeconds(10));
        assertThat(policy.active()).as("silence check off").contains(PRIMARY);

        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofMillis(4750));
        assertThat(policy.active()).contains(PRIMARY);
        fixture.run(Duration.ofMillis(500));
        assertThat(policy.active()).contains(BACKUP);
    }

    @Test
    void a_content_fault_never_holds_when_the_other_is_not_clean() {
        fixture.show(BACKUP, ContentFault.PICTURE_FROZEN);
        fixture.run(Duration.ofSeconds(3));
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(10));
        assertThat(policy.active()).as("black A stays: B is frozen").contains(PRIMARY);
        assertThat(transitions).hasSize(1);
    }

    @Test
    void rule_2_after_a_crash_takes_a_backup_with_steady_segments_even_if_its_picture_is_black() {
        fixture.show(BACKUP, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(5));
        fixture.end(PRIMARY);
        assertThat(policy.active()).contains(BACKUP);
    }

    @Test
    void rule_4_and_5_after_a_crash_hold_until_the_other_is_clean_in_picture_too() {
        fixture.end(PRIMARY);
        assertThat(policy.active()).contains(BACKUP);
        fixture.start(PRIMARY);
        fixture.run(Duration.ofSeconds(10));
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(3));

        fixture.end(BACKUP);
        assertThat(policy.active()).as("A publishes but is black: hold").isEmpty();
        fixture.run(Duration.ofSeconds(5));
        assertThat(policy.active()).isEmpty();

        fixture.show(PRIMARY);
        fixture.run(Duration.ofSeconds(3).plus(TICK.multipliedBy(3)));
        assertThat(policy.active()).isEmpty();
        fixture.run(Duration.ofSeconds(1));
        assertThat(policy.active()).contains(PRIMARY);
        assertThat(transitions.getLast().cause()).isEqualTo(FailoverCause.RESUMED);
    }

    @Test
    void a_standby_primary_without_any_sound_track_is_taken_back_once_its_segments_are_steady_after_a_stall() {
        fixture.end(BACKUP);
        fixture.show(PRIMARY, ContentFault.AUDIO_MISSING);
        fixture.run(Duration.ofSeconds(5));
        assertThat(policy.active()).as("standby: a warning, nothing switches").contains(PRIMARY);

        fixture.stopProducing(PRIMARY); // a long keyframe interval: no segment for longer than the stall threshold
        fixture.run(Duration.ofSeconds(4));
        assertThat(policy.active()).isEmpty();
        fixture.resumeProducing(PRIMARY);
        fixture.run(Duration.ofSeconds(3));
        assertThat(policy.active()).as("segments steady for less than the clean time").isEmpty();
        fixture.run(Duration.ofSeconds(4));

        assertThat(policy.active()).as("a picture without sound beats a frozen player").contains(PRIMARY);
        assertThat(transitions.getLast().cause()).isEqualTo(FailoverCause.RESUMED);
    }

    @Test
    void without_a_sound_track_on_both_a_stall_of_the_backup_goes_back_to_the_primary() {
        fixture.show(PRIMARY, ContentFault.AUDIO_MISSING);
        fixture.show(BACKUP, ContentFault.AUDIO_MISSING);
        fixture.run(Duration.ofSeconds(5));
        assertThat(policy.active()).as("the programme has no sound").contains(PRIMARY);
        fixture.end(PRIMARY);
        assertThat(policy.active()).contains(BACKUP);
        fixture.start(PRIMARY);
        fixture.show(PRIMARY, ContentFault.AUDIO_MISSING);
        fixture.run(Duration.ofSeconds(10));

        fixture.stopProducing(BACKUP);
        fixture.run(Duration.ofSeconds(4));

        assertThat(policy.active()).contains(PRIMARY);
        assertThat(transitions.getLast().from()).isEqualTo(BACKUP);
        assertThat(transitions.getLast().cause()).isEqualTo(FailoverCause.STALL);
    }

    @Test
    void a_picture_black_on_both_does_not_keep_the_edge_from_the_primary_when_the_backup_stalls() {
        fixture.end(PRIMARY);
        fixture.start(PRIMARY);
        fixture.run(Duration.ofSeconds(10));
        fixture.show(PRIMARY, ContentFault.PICTURE_BLACK);
        fixture.show(BACKUP, ContentFault.PICTURE_BLACK);
        fixture.run(Duration.ofSeconds(3));
        assertThat(policy.active()).as("black on both: the programme").contains(BACKUP);

        fixture.stopProducing(BACKUP);
        fixture.run(Duration.ofSeconds(4));

        assertThat(policy.active()).as("A shows the programme, no worse than B did").contains(PRIMARY);
        assertThat(transitions.getLast().cause()).isEqualTo(FailoverCause.STALL);
    }
}
