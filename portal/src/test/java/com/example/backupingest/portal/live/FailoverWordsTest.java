package com.example.backupingest.portal.live;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.portal.base.PortalI18NProvider;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each typed cause, in both languages, in the customer's words: no internal sentence, no arrow. */
class FailoverWordsTest {

    private final FailoverWords words = new FailoverWords(new PortalI18NProvider());

    @Test
    void a_broken_encoder_reads_as_what_happened_and_what_viewers_see_now() {
        assertThat(words.sentence(FailoverCause.PUBLISHER_GONE, PRIMARY, BACKUP, Locale.ENGLISH))
                .isEqualTo("The encoder on ingest server A stopped sending: viewers now watch ingest server B.");
        assertThat(words.sentence(FailoverCause.PUBLISHER_GONE, PRIMARY, BACKUP, Locale.GERMAN))
                .isEqualTo("Der Encoder an Eingangsserver A sendet nicht mehr: Die Zuschauer sehen jetzt Eingangsserver B.");
        assertThat(words.sentence(FailoverCause.STALL, BACKUP, PRIMARY, Locale.GERMAN))
                .isEqualTo("Von Eingangsserver B kam einige Sekunden lang kein neues Bild: Die Zuschauer sehen jetzt"
                        + " Eingangsserver A.");
    }

    @Test
    void both_down_says_that_viewers_see_the_last_picture_and_names_the_other_server() {
        assertThat(words.sentence(FailoverCause.PUBLISHER_GONE, BACKUP, null, Locale.ENGLISH))
                .isEqualTo("The encoder on ingest server B stopped sending, and ingest server A is not sending cleanly"
                        + " either: viewers see the last picture until one of them is back.");
        assertThat(words.sentence(FailoverCause.STALL, PRIMARY, null, Locale.GERMAN))
                .contains("Eingangsserver B sendet auch nicht sauber", "das letzte Bild");
    }

    @Test
    void a_hold_and_its_resumption_never_call_a_server_down_that_may_still_be_publishing() {
        // issue 21, 7: both transcoders restarting (both DEGRADED, encoders still sending) is a hold too
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (FailoverCause cause : new FailoverCause[] {FailoverCause.STALL, FailoverCause.RESUMED}) {
                String sentence = cause == FailoverCause.RESUMED ? words.sentence(cause, null, PRIMARY, locale)
                        : words.sentence(cause, BACKUP, null, locale);
                assertThat(sentence).as(cause + " " + locale).doesNotContain("down", "ausgefallen");
            }
        }
    }

    @Test
    void every_cause_has_its_own_words_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            for (FailoverCause cause : FailoverCause.values()) {
                boolean fromNothing = cause == FailoverCause.START || cause == FailoverCause.RESUMED;
                String moved = words.sentence(cause, fromNothing ? null : PRIMARY, BACKUP, locale);
                assertThat(moved).as(cause + " " + locale).doesNotContain("!", "→", "edge", "entrypoint", "primary")
                        .contains(locale == Locale.GERMAN ? "Eingangsserver B" : "ingest server B");
                if (!fromNothing) {
                    assertThat(words.sentence(cause, PRIMARY, null, locale)).as(cause + " hold " + locale)
                            .doesNotContain("!").contains(locale == Locale.GERMAN ? "letzte Bild" : "last picture");
                }
            }
        }
        assertThat(words.sentence(FailoverCause.DRILL, PRIMARY, BACKUP, Locale.GERMAN)).startsWith("Umschalt-Übung:");
        assertThat(words.sentence(null, PRIMARY, BACKUP, Locale.ENGLISH))
                .isEqualTo("Switched from ingest server A to ingest server B.");
    }

    @Test
    void a_content_fault_names_what_was_wrong_on_which_server_for_how_long_and_that_the_other_was_clean() {
        assertThat(words.sentence(FailoverCause.PICTURE_BLACK, PRIMARY, BACKUP, java.time.Duration.ofMillis(2430),
                Locale.ENGLISH)).isEqualTo("The picture on ingest server A was black for 2 s while ingest server B had"
                        + " a picture: viewers now watch ingest server B.");
        assertThat(words.sentence(FailoverCause.PICTURE_FROZEN, PRIMARY, BACKUP, java.time.Duration.ofSeconds(3),
                Locale.GERMAN)).isEqualTo("Das Bild an Eingangsserver A stand 3 s lang still, während sich das Bild an"
                        + " Eingangsserver B bewegte: Die Zuschauer sehen jetzt Eingangsserver B.");
        assertThat(words.sentence(FailoverCause.AUDIO_SILENT, BACKUP, PRIMARY, java.time.Duration.ofSeconds(2),
                Locale.GERMAN)).isEqualTo("Der Ton an Eingangsserver B war 2 s lang stumm, während Eingangsserver A Ton"
                        + " hatte: Die Zuschauer sehen jetzt Eingangsserver A.");
        assertThat(words.sentence(FailoverCause.AUDIO_SILENT, PRIMARY, BACKUP, Locale.ENGLISH))
                .as("from an older row without its detection time").contains("silent for several seconds");
    }

    @Test
    void edges_read_as_numbered_distribution_servers() {
        assertThat(words.edge("edge-2", Locale.GERMAN)).isEqualTo("Verteilserver 2");
        assertThat(words.edge("edge-12", Locale.ENGLISH)).isEqualTo("Distribution server 12");
        assertThat(words.edge("front", Locale.ENGLISH)).isEqualTo("front");
    }
}
