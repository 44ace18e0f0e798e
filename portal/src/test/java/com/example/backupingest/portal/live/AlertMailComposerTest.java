package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.Rendition;
import com.example.backupingest.monitor.event.FailoverCause;
import com.example.backupingest.monitor.event.FailoverHappened;
import com.example.backupingest.monitor.event.HealthChanged;
import com.example.backupingest.monitor.health.EntrypointHealth;
import com.example.backupingest.monitor.health.HealthState;
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
        MailMessage mail = composer.down(account(Locale.GERMAN), new HealthChanged(7, "c1", down, AT));

        assertThat(mail.subject()).isEqualTo("Live-Alarm: Eingangsserver B ausgefallen (Hauptbühne)");
        assertThat(mail.text()).contains("Grund: Hier sendet kein Encoder, während der andere Eingangsserver den"
                + " Stream empfängt.").doesNotContain("No encoder publishes");
    }

    private static FailoverHappened failover() {
        return new FailoverHappened(7, "c1", "edge-2", Entrypoint.PRIMARY, Entrypoint.BACKUP,
                FailoverCause.PUBLISHER_GONE, AT, Duration.ofMillis(300));
    }

    private static AccountSummary account(Locale locale) {
        return new AccountSummary(7, "K-7", "Kongress Media AG", "ops@kongress.example", "L", 2500, 4, locale);
    }
}
