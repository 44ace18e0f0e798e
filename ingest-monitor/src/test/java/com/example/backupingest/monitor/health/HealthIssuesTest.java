package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.HealthIssues;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.api.HealthStatus;
import com.example.backupingest.monitor.api.IssueCode;
import com.example.backupingest.monitor.api.Severity;
import com.example.backupingest.monitor.api.StreamDetails;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentCheck;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.ContentFault;
import com.example.backupingest.monitor.api.Entrypoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The standard health checks on measured values, the status they give, and the A/B view. */
class HealthIssuesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final HealthIssues checks = HealthIssues.standard();

    @Test
    void a_well_set_encoder_has_no_issue_and_is_good() {
        EntrypointHealth h = checked(health(Entrypoint.PRIMARY, 1920, 1080, 30.0, Duration.ofSeconds(2),
                details(4500L, 128L, 2, 48000, false, Duration.ZERO)));
        assertThat(h.issues()).isEmpty();
        assertThat(h.status()).isEqualTo(HealthStatus.GOOD);
    }

    @Test
    void a_coded_height_of_1088_lines_as_nginx_reports_1080p_is_judged_as_1080p() {
        EntrypointHealth h = checked(health(Entrypoint.PRIMARY, 1920, 1088, 25.0, Duration.ofSeconds(2),
                details(300L, 128L, 2, 48000, false, Duration.ZERO)));
        assertThat(h.issues()).filteredOn(i -> i.code() == IssueCode.VIDEO_BITRATE_LOW).singleElement()
                .satisfies(i -> assertThat(i.values()).containsExactly("300", "3000", "6000", "1080p25"));
    }

    @Test
    void a_keyframe_interval_over_the_edges_2_s_segments_says_that_viewers_get_the_renditions() {
        EntrypointHealth fourSeconds = checked(health(Entrypoint.PRIMARY, 1920, 1080, 25.0, Duration.ofSeconds(4),
                details(4000L, 128L, 2, 48000, false, Duration.ZERO)));
        EntrypointHealth twoAndAHalf = checked(health(Entrypoint.PRIMARY, 1920, 1080, 25.0, Duration.ofMillis(2400),
                details(4000L, 128L, 2, 48000, false, Duration.ZERO)));

        assertThat(fourSeconds.issues()).filteredOn(i -> i.code() == IssueCode.KEYFRAME_INTERVAL_OVER_SEGMENT)
                .singleElement().satisfies(i -> {
                    assertThat(i.values()).containsExactly("4");
                    assertThat(i.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(twoAndAHalf.issues()).as("2.4 s rounds to the 2 s target: its segments fit")
                .noneMatch(i -> i.code() == IssueCode.KEYFRAME_INTERVAL_OVER_SEGMENT);
    }

    @Test
    void low_bitrate_for_1080p_long_keyframes_32_khz_and_interlacing_are_each_named_with_their_figures() {
        EntrypointHealth h = checked(health(Entrypoint.PRIMARY, 1920, 1080, 25.0, Duration.ofSeconds(8),
                details(300L, 128L, 2, 32000, true, Duration.ofMillis(700))));
        assertThat(h.issues()).extracting(HealthIssue::code).containsExactly(IssueCode.VIDEO_BITRATE_LOW,
                IssueCode.KEYFRAME_INTERVAL_LONG, IssueCode.KEYFRAME_INTERVAL_IRREGULAR, IssueCode.INTERLACED,
                IssueCode.AUDIO_SAMPLE_RATE);
        assertThat(h.issues().getFirst().values()).containsExactly("300", "3000", "6000", "1080p25");
        assertThat(h.issues().get(1).values()).containsExactly("8");
        assertThat(h.issues().get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(h.issues().get(4).values()).containsExactly("32000");
        assertThat(h.status()).as("an error makes it bad").isEqualTo(HealthStatus.BAD);
    }

    @Test
    void too_high_bitrate_frame_rate_above_60_thin_audio_and_surround_are_warnings() {
        EntrypointHealth h = checked(health(Entrypoint.BACKUP, 1280, 720, 120.0, Duration.ofSeconds(2),
                details(9000L, 64L, 6, 48000, false, null)));
        assertThat(h.issues()).extracting(HealthIssue::code).containsExactly(IssueCode.VIDEO_BITRATE_HIGH,
                IssueCode.FRAME_RATE_HIGH, IssueCode.AUDIO_BITRATE_LOW, IssueCode.AUDIO_CHANNELS);
        assertThat(h.issues().getFirst().values()).containsExactly("9000", "2250", "6000", "720p120");
        assertThat(h.issues()).allMatch(i -> i.entrypoint() == Entrypoint.BACKUP);
        assertThat(h.status()).isEqualTo(HealthStatus.OK);
    }

    @Test
    void ingestion_slower_than_real_time_is_an_error_faster_a_warning_and_real_time_no_issue() {
        assertThat(checks.of(paced(0.62), NOW)).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.INGEST_SLOW);
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.values()).containsExactly("0.62");
        });
        assertThat(checks.of(paced(1.35), NOW)).extracting(HealthIssue::code).containsExactly(IssueCode.INGEST_BURST);
        assertThat(checks.of(paced(1.0), NOW)).isEmpty();
        assertThat(checks.of(paced(0.95), NOW)).as("within 10 % of real time").isEmpty();
    }

    /** A well-set 1080p30 encoder whose media time arrives at {@code rate} seconds per second. */
    private static EntrypointHealth paced(double rate) {
        return new EntrypointHealth("c1", Entrypoint.PRIMARY, HealthState.LIVE, "ok", true, 4628L, 30.0, 1920, 1080,
                "H264", "High", "AAC", "LC", true, Duration.ofSeconds(2), Map.of(), null, NOW.minusSeconds(60),
                details(4500L, 128L, 2, 48000, false, Duration.ZERO), null, List.of(), null, null, rate);
    }

    @Test
    void bit_rates_are_not_judged_before_nginx_has_averaged_them() {
        EntrypointHealth young = new EntrypointHealth("c1", Entrypoint.PRIMARY, HealthState.LIVE, "ok", true, 300L,
                30.0, 1920, 1080, "H264", "High", "AAC", "LC", true, Duration.ofSeconds(2), Map.of(), null,
                NOW.minusSeconds(5), details(300L, 32L, 2, 48000, false, null), null, List.of());
        assertThat(checks.of(young, NOW)).isEmpty();
    }

    @Test
    void a_content_fault_is_an_issue_once_it_lasts_its_threshold_and_only_if_its_check_is_on() {
        StreamDetails black = new StreamDetails(4500L, 128L, 2, 48000, false, null,
                List.of(new ActiveFault(ContentFault.PICTURE_BLACK, NOW.minusMillis(2500)),
                        new ActiveFault(ContentFault.AUDIO_SILENT, NOW.minusSeconds(1))),
                ContentChecks.DEFAULT);
        EntrypointHealth h = checked(health(Entrypoint.PRIMARY, 1920, 1080, 30.0, Duration.ofSeconds(2), black));
        assertThat(h.issues()).extracting(HealthIssue::code).containsExactly(IssueCode.PICTURE_BLACK);
        assertThat(h.issues().getFirst().values()).containsExactly("2");

        StreamDetails off = new StreamDetails(4500L, 128L, 2, 48000, false, null, black.faults(),
                ContentChecks.DEFAULT.with(ContentCheck.BLACK, new ContentChecks.Setting(false, Duration.ofSeconds(2))));
        assertThat(checked(health(Entrypoint.PRIMARY, 1920, 1080, 30.0, Duration.ofSeconds(2), off)).issues()).isEmpty();
    }

    @Test
    void a_fault_both_show_is_the_programme_between_them_a_fault_of_one_stays_its_warning() {
        StreamDetails blackAndSilent = new StreamDetails(4500L, 128L, 2, 48000, false, null,
                List.of(new ActiveFault(ContentFault.PICTURE_BLACK, NOW.minusSeconds(20)),
                        new ActiveFault(ContentFault.AUDIO_SILENT, NOW.minusSeconds(5))),
                ContentChecks.DEFAULT);
        StreamDetails blackJustNow = new StreamDetails(4500L, 128L, 2, 48000, false, null,
                List.of(new ActiveFault(ContentFault.PICTURE_BLACK, NOW.minusMillis(500))), ContentChecks.DEFAULT);
        EntrypointHealth a = checked(health(Entrypoint.PRIMARY, 1920, 1080, 30.0, Duration.ofSeconds(2), blackAndSilent));
        EntrypointHealth b = checked(health(Entrypoint.BACKUP, 1920, 1080, 30.0, Duration.ofSeconds(2), blackJustNow));

        HealthIssues.View view = checks.view(a, b, NOW);

        assertThat(view.between()).extracting(HealthIssue::code).containsExactly(IssueCode.PROGRAMME_BLACK);
        assertThat(view.between().getFirst().severity()).isEqualTo(Severity.INFO);
        assertThat(view.of(Entrypoint.PRIMARY)).extracting(HealthIssue::code).containsExactly(IssueCode.AUDIO_SILENT);
        assertThat(view.of(Entrypoint.BACKUP)).isEmpty();
    }

    @Test
    void in_standby_a_black_picture_stays_a_warning_of_its_entrypoint() {
        StreamDetails black = new StreamDetails(4500L, 128L, 2, 48000, false, null,
                List.of(new ActiveFault(ContentFault.PICTURE_BLACK, NOW.minusSeconds(3))), ContentChecks.DEFAULT);
        EntrypointHealth a = checked(health(Entrypoint.PRIMARY, 1920, 1080, 30.0, Duration.ofSeconds(2), black));
        EntrypointHealth idle = new EntrypointHealth("c1", Entrypoint.BACKUP, HealthState.IDLE, "idle", false, null,
                null, null, null, null, null, null, null, false, null, Map.of(), null, null);

        HealthIssues.View view = checks.view(a, idle, NOW);

        assertThat(view.of(Entrypoint.PRIMARY)).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.PICTURE_BLACK);
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(view.between()).isEmpty();
        assertThat(idle.status()).isEqualTo(HealthStatus.NO_DATA);
    }

    @Test
    void a_and_b_differing_in_bitrate_channels_sample_rate_and_interlacing_are_named_between_them() {
        EntrypointHealth a = checked(health(Entrypoint.PRIMARY, 1280, 720, 25.0, Duration.ofSeconds(2),
                details(3000L, 128L, 2, 48000, false, null)));
        EntrypointHealth b = checked(health(Entrypoint.BACKUP, 1280, 720, 25.0, Duration.ofSeconds(2),
                details(2000L, 128L, 1, 44100, true, null)));

        HealthIssues.View view = checks.view(a, b, NOW);

        assertThat(view.between()).extracting(HealthIssue::code).containsExactly(IssueCode.AB_VIDEO_BITRATE,
                IssueCode.AB_AUDIO_SAMPLE_RATE, IssueCode.AB_AUDIO_CHANNELS, IssueCode.AB_INTERLACING);
        assertThat(view.between().getFirst().values()).containsExactly("3000", "2000");
        assertThat(view.between()).allMatch(i -> i.entrypoint() == null && i.code().pair());
    }

    @Test
    void bit_rates_within_a_quarter_of_each_other_are_the_same() {
        EntrypointHealth a = checked(health(Entrypoint.PRIMARY, 1280, 720, 25.0, Duration.ofSeconds(2),
                details(3000L, 128L, 2, 48000, false, null)));
        EntrypointHealth b = checked(health(Entrypoint.BACKUP, 1280, 720, 25.0, Duration.ofSeconds(2),
                details(2300L, 128L, 2, 48000, false, null)));
        assertThat(checks.view(a, b, NOW).between()).isEmpty();
    }

    private EntrypointHealth checked(EntrypointHealth measured) {
        return measured.withIssues(checks.of(measured, NOW));
    }

    private static StreamDetails details(@Nullable Long videoKbps, @Nullable Long audioKbps, Integer channels,
            Integer sampleRate, Boolean interlaced, @Nullable Duration spread) {
        return new StreamDetails(videoKbps, audioKbps, channels, sampleRate, interlaced, spread, List.of(),
                ContentChecks.DEFAULT);
    }

    private static EntrypointHealth health(Entrypoint entrypoint, int width, int height, double fps,
            Duration keyframes, StreamDetails details) {
        return new EntrypointHealth("c1", entrypoint, HealthState.LIVE, "ok", true, 5000L, fps, width, height, "H264",
                "High", "AAC", "LC", true, keyframes, Map.of(), Duration.ofSeconds(1), NOW.minusSeconds(60), details,
                null, List.of());
    }
}
