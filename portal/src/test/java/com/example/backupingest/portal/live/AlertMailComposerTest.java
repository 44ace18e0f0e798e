package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssue;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.api.IssueCode;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.base.PortalI18NProvider;
import com.example.backupingest.portal.mail.MailMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alert mail says what the Live page says, in the account's language, about the content by its name. */
class AlertMailComposerTest {

    private static final Instant AT = Instant.parse("2026-12-01T18:20:00Z");
    private final FailoverWords words = new FailoverWords(new PortalI18NProvider());
    private final AlertMailComposer composer = new AlertMailComposer("https://portal.example", Duration.ofMinutes(10),
            ZoneId.of("Europe/Berlin"), words, id -> "c1".equals(id) ? "Hauptbühne" : id);

    @Test
    void a_failover_mail_carries_the_timelines_sentence_in_german_and_names_the_content() {
        MailMessage mail = composer.failover(account(Locale.GERMAN), failover());

        assertThat(mail.subject()).isEqualTo("Live-Alarm: Umschaltung bei Hauptbühne");
        assertThat(mail.text()).contains("Was bei Ihrem Inhalt Hauptbühne um 2026-12-01 19:20:00 ").contains(" geschah:")
                .contains(words.sentence(FailoverCause.PUBLISHER_GONE, Entrypoint.PRIMARY, Entrypoint.BACKUP,
                        Locale.GERMAN))
                .contains("Der Encoder an Eingangsserver A sendet nicht mehr: Die Zuschauer sehen jetzt Eingangsserver B.")
                .doesNotContain("publisher", "edge", "Entrypoint", "Content");
        assertThat(mail.html()).contains("Hauptbühne").doesNotContain("&uuml;");
    }

    @Test
    void a_failover_mail_in_english_uses_the_english_words() {
        MailMessage mail = composer.failover(account(Locale.ENGLISH), failover());

        assertThat(mail.text()).contains("The encoder on ingest server A stopped sending: viewers now watch ingest server B.");
    }

    @Test
    void a_down_mail_gives_the_reason_in_the_accounts_language() {
        EntrypointHealth down = new EntrypointHealth("c1", Entrypoint.BACKUP, HealthState.DOWN,
                "No encoder publishes here while the other entrypoint receives the stream", false, null, null, null,
                null, null, null, null, null, false, null, Map.<Rendition, Double>of(), null, AT);
        MailMessage mail = composer.down(account(Locale.GERMAN), new HealthChanged(7, "c1", down, AT), null);

        assertThat(mail.subject()).isEqualTo("Live-Alarm: Eingangsserver B ausgefallen (Hauptbühne)");
        assertThat(mail.text()).contains("Grund: Hier sendet kein Encoder, während der andere Eingangsserver den"
                + " Stream empfängt.").doesNotContain("No encoder publishes");
    }

    @Test
    void a_down_mail_says_what_the_edges_did_in_the_timelines_words() {
        HealthChanged changed = new HealthChanged(7, "c1", health(Entrypoint.PRIMARY, HealthState.DOWN, false), AT);

        MailMessage de = composer.down(account(Locale.GERMAN), changed, failover());
        assertThat(de.text()).contains(words.sentence(FailoverCause.PUBLISHER_GONE, Entrypoint.PRIMARY,
                Entrypoint.BACKUP, Duration.ofMillis(300), Locale.GERMAN))
                .contains("Der Encoder an Eingangsserver A sendet nicht mehr: Die Zuschauer sehen jetzt Eingangsserver B.");
        MailMessage en = composer.down(account(Locale.ENGLISH), changed, failover());
        assertThat(en.text()).contains("The encoder on ingest server A stopped sending: viewers now watch ingest server B.");

        FailoverHappened held = new FailoverHappened(7, "c1", "edge-1", Entrypoint.PRIMARY, null,
                FailoverCause.PUBLISHER_GONE, AT, Duration.ZERO);
        assertThat(composer.down(account(Locale.ENGLISH), changed, held).text()).contains(words.sentence(
                FailoverCause.PUBLISHER_GONE, Entrypoint.PRIMARY, null, Locale.ENGLISH)).doesNotContain("now watch");
        assertThat(composer.down(account(Locale.ENGLISH), changed, null).text()).doesNotContain("viewers");
    }

    private static EntrypointHealth health(Entrypoint entrypoint, HealthState state, boolean publishing) {
        return new EntrypointHealth("c1", entrypoint, state, "Publisher disconnected", publishing, null, null, null,
                null, null, null, null, null, false, null, Map.<Rendition, Double>of(), null, AT);
    }

    @Test
    void a_black_picture_mail_names_server_severity_issue_and_fix_in_german_and_english() {
        EntrypointHealth live = new EntrypointHealth("c1", Entrypoint.PRIMARY, HealthState.LIVE,
                "Publishing; segments are flowing", true, 2500L, 25.0, 1280, 720, "H264", "High", "AAC", "LC", true,
                Duration.ofSeconds(2), Map.<Rendition, Double>of(), Duration.ofSeconds(1), AT.minusSeconds(60));
        java.util.List<HealthIssue> issues = java.util.List.of(HealthIssue.of(IssueCode.PICTURE_BLACK, Entrypoint.PRIMARY, "3"));
        HealthChanged changed = new HealthChanged(7, "c1", live, AT);

        MailMessage de = composer.issues(account(Locale.GERMAN), changed, issues);
        assertThat(de.subject()).isEqualTo("Live-Alarm: Problem mit Bild oder Ton an Eingangsserver A (Hauptbühne)");
        assertThat(de.text()).contains("Ihr Inhalt Hauptbühne: Eingangsserver A meldet um 2026-12-01 19:20:00")
                .contains("Warnung: Das Bild ist schwarz (seit 3 s). Prüfen Sie Kamera und Capture-Karte");
        MailMessage en = composer.issues(account(Locale.ENGLISH), changed, issues);
        assertThat(en.text()).contains("Warning: The picture is black (for 3 s). Check the camera or capture card");
    }

    @Test
    void a_content_fault_failover_mail_says_what_was_wrong_for_how_long() {
        MailMessage mail = composer.failover(account(Locale.ENGLISH), new FailoverHappened(7, "c1", "edge-1",
                Entrypoint.PRIMARY, Entrypoint.BACKUP, FailoverCause.AUDIO_SILENT, AT, Duration.ofMillis(2200)));
        assertThat(mail.text()).contains("The sound on ingest server A was silent for 2 s while ingest server B had"
                + " sound: viewers now watch ingest server B.");
    }

    private static FailoverHappened failover() {
        return new FailoverHappened(7, "c1", "edge-2", Entrypoint.PRIMARY, Entrypoint.BACKUP,
                FailoverCause.PUBLISHER_GONE, AT, Duration.ofMillis(300));
    }

    private static AccountSummary account(Locale locale) {
        return new AccountSummary(7, "K-7", "Kongress Media AG", "ops@kongress.example", "L", 2500, 4, locale);
    }
}
