package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.base.PortalI18NProvider;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The monitor's health reasons in the reader's language; one no rule knows is framed, not shown bare. */
class HealthReasonsTest {

    private final PortalI18NProvider i18n = new PortalI18NProvider();

    private String in(Locale locale, String reason) {
        return HealthReasons.translate(reason, (key, args) -> i18n.getTranslation(key, locale, args));
    }

    @Test
    void a_known_reason_reads_in_german_and_english() {
        assertThat(in(Locale.GERMAN, "No new HLS segment for more than 3 s"))
                .isEqualTo("Seit mehr als 3 s kein neues Videosegment.");
        assertThat(in(Locale.ENGLISH, "Transcoder is restarting")).doesNotContain("{").isNotBlank();
    }

    @Test
    void an_unknown_reason_is_not_shown_bare_in_english_to_a_german_reader() {
        String reason = "Ingest queue overflow on worker 2";

        assertThat(in(Locale.GERMAN, reason))
                .isEqualTo("Meldung des Eingangsservers (ohne deutsche Übersetzung): Ingest queue overflow on worker 2");
        assertThat(in(Locale.ENGLISH, reason)).isEqualTo(reason);
    }

    @Test
    void an_unknown_reason_with_quotes_and_braces_is_kept_as_written() {
        String reason = "Don't know {state} of 'edge'";

        assertThat(in(Locale.ENGLISH, reason)).isEqualTo(reason);
        assertThat(in(Locale.GERMAN, reason)).endsWith(": " + reason);
    }
}
