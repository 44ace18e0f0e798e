package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.IssueCode;
import com.example.backupingest.monitor.api.Severity;
import com.example.backupingest.portal.base.PortalI18NProvider;
import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16, acceptance 5 in words: every health issue has a title with its figures and a fix, in German and English. */
class IssueWordsTest {

    private final IssueWords words = new IssueWords(new PortalI18NProvider());

    @Test
    void every_issue_has_a_filled_title_and_a_fix_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (IssueCode code : IssueCode.values()) {
                HealthIssue issue = new HealthIssue(code, code.severity(), code.pair() ? null : Entrypoint.PRIMARY,
                        Collections.nCopies(4, "7"));
                assertThat(words.title(issue, locale)).as(code + " " + locale).doesNotContain("{", "live.issue")
                        .isNotBlank();
                assertThat(words.fix(issue, locale)).as(code + " fix " + locale).doesNotContain("live.issue")
                        .hasSizeGreaterThan(20);
            }
            for (Severity severity : Severity.values()) {
                assertThat(words.severity(severity, locale)).doesNotContain("live.");
            }
        }
    }

    @Test
    void the_acceptance_encoders_issues_read_with_their_figures_severity_and_fix_in_obs_words() {
        HealthIssue keyframes = HealthIssue.of(IssueCode.KEYFRAME_INTERVAL_LONG, Entrypoint.PRIMARY, "8");
        assertThat(words.line(keyframes, Locale.ENGLISH)).startsWith("Error: Keyframe interval too long: 8 s")
                .contains("OBS: Settings → Output → Streaming → Keyframe Interval = 2");
        assertThat(words.line(keyframes, Locale.GERMAN)).startsWith("Fehler: Keyframe-Intervall zu lang: 8 s")
                .contains("Keyframeintervall = 2");
        HealthIssue bitrate = HealthIssue.of(IssueCode.VIDEO_BITRATE_LOW, Entrypoint.PRIMARY, "300", "3000", "6000",
                "1080p30");
        assertThat(words.line(bitrate, Locale.ENGLISH))
                .startsWith("Warning: Video bitrate too low: 300 kbit/s, recommended 3000–6000 kbit/s for 1080p30.");
        assertThat(words.title(HealthIssue.of(IssueCode.AUDIO_SAMPLE_RATE, Entrypoint.PRIMARY, "32000"), Locale.GERMAN))
                .isEqualTo("Audio-Abtastrate 32000 Hz: Verwenden Sie 44,1 oder 48 kHz.");
        assertThat(words.line(HealthIssue.of(IssueCode.INTERLACED, Entrypoint.PRIMARY), Locale.GERMAN))
                .startsWith("Warnung: Das Bild ist interlaced").contains("Deinterlacing");
        assertThat(words.title(HealthIssue.of(IssueCode.AB_AUDIO_CHANNELS, null, "2", "1"), Locale.ENGLISH))
                .isEqualTo("Different number of audio channels: A 2, B 1.");
        assertThat(words.title(HealthIssue.of(IssueCode.AB_VIDEO_BITRATE, null, "300", "1200"), Locale.GERMAN))
                .isEqualTo("Video-Bitraten weichen um mehr als 25 % ab: A 300 kbit/s, B 1200 kbit/s.");
        assertThat(words.line(HealthIssue.of(IssueCode.PROGRAMME_BLACK, null), Locale.ENGLISH))
                .startsWith("Info: The programme is black on both ingest servers: nothing switches");
    }
}
