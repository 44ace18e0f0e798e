package com.example.backupingest.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.booking.BookingAction;
import com.example.backupingest.portal.security.Actor;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BookingMailComposerTest {

    private final BookingMailComposer composer = new BookingMailComposer("http://portal.example:8080/");

    @Test
    void english_booking_mail_has_reference_in_subject_and_english_money() {
        MailMessage mail = composer.compose(BookingEvents.booked(Locale.ENGLISH, "ops@kongress.example"));

        assertThat(mail.to()).isEqualTo("ops@kongress.example");
        assertThat(mail.subject()).isEqualTo("Backup ingest booked: BI-2026-000042");
        assertThat(mail.text())
                .contains("2 contents × 2 ingest servers = 4 of 4 slots")
                .contains("2 extra slots booked on top of your 2 livestream slots")
                .contains("Add-on fee").contains("€49.00")
                .contains("2 × €29.00 = €58.00")
                .contains("€107.00").contains("VAT 19%").contains("€20.33").contains("€127.33")
                .contains("500 (unchanged)")
                .contains("Parallel: you send the same signal")
                .contains("http://portal.example:8080/stream-setup")
                .doesNotContain("on your behalf");
        assertThat(mail.html()).contains("<html lang=\"en\">").contains("€49.00")
                .contains("<a href=\"http://portal.example:8080/stream-setup\">");
    }

    @Test
    void german_booking_mail_formats_money_the_german_way() {
        MailMessage mail = composer.compose(BookingEvents.booked(Locale.GERMANY, "ops@kongress.example"));

        assertThat(mail.subject()).isEqualTo("Backup-Ingest gebucht: BI-2026-000042");
        assertThat(mail.text())
                .contains("2 Inhalte × 2 Eingangsserver = 4 von 4 Slots")
                .contains("2 zusätzliche Slots gebucht")
                .contains("49,00\u00a0€").contains("2 × 29,00\u00a0€ = 58,00\u00a0€")
                .contains("107,00\u00a0€").contains("MwSt. 19\u00a0%").contains("127,33\u00a0€")
                .contains("500 (unverändert)")
                .contains("Parallel: Sie senden dasselbe Videosignal");
        assertThat(mail.html()).contains("<html lang=\"de\">").contains("Ihre Ingest-URLs");
    }

    @Test
    void mail_lists_both_server_urls_and_only_masked_keys_per_content() {
        MailMessage mail = composer.compose(BookingEvents.booked(Locale.ENGLISH, "ops@kongress.example"));

        for (String part : new String[] {mail.text(), mail.html()}) {
            assertThat(part).contains("Main stage").contains("Hall B")
                    .contains("Ingest server A (primary) – RTMP server URL (not encrypted)")
                    .contains("Ingest server B (backup) – RTMP server URL")
                    .contains(BookingEvents.PRIMARY_URL).contains(BookingEvents.BACKUP_URL)
                    .contains("••••••••Ab30").contains("••••••••Zy90").contains("••••••••Ab31").contains("••••••••Zy91");
        }
    }

    @Test
    void the_encrypted_ways_come_first_rtmps_then_srt_with_a_masked_passphrase_then_plain_rtmp() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            MailMessage mail = composer.compose(BookingEvents.booked(locale, "ops@kongress.example"));
            for (String part : new String[] {mail.text(), mail.html()}) {
                assertThat(part).containsSubsequence(BookingEvents.PRIMARY_RTMPS_URL, "••••••••Ab30",
                        "srt://localhost:9000?streamid=c0", "passphrase=••••••••Pa30", "latency=2000000",
                        BookingEvents.PRIMARY_URL);
                assertThat(part).contains(locale == Locale.GERMAN ? "RTMPS-Server-URL (verschlüsselt)"
                        : "RTMPS server URL (encrypted)");
            }
            assertThat(mail.text()).contains(locale == Locale.GERMAN ? "Nutzen Sie RTMPS oder SRT" : "Use RTMPS or SRT");
        }
    }

    @Test
    void other_languages_fall_back_to_english() {
        MailMessage mail = composer.compose(BookingEvents.booked(Locale.FRENCH, "ops@kongress.example"));

        assertThat(mail.subject()).isEqualTo("Backup ingest booked: BI-2026-000042");
        assertThat(mail.text()).contains("€49.00");
    }

    @Test
    void support_booking_says_who_acted_on_the_customers_behalf_in_both_languages() {
        Actor support = new Actor("kunde", "s.agent");

        MailMessage en = composer.compose(BookingEvents.event(BookingAction.CHANGED, Locale.ENGLISH, "a@b.example",
                support, "Main stage"));
        MailMessage de = composer.compose(BookingEvents.event(BookingAction.CANCELLED, Locale.GERMAN, "a@b.example",
                support, "Main stage"));

        assertThat(en.subject()).isEqualTo("Backup ingest booking changed: BI-2026-000042");
        assertThat(en.text()).contains("Changed by support (s.agent) on your behalf.");
        assertThat(de.subject()).isEqualTo("Backup-Ingest gekündigt: BI-2026-000042");
        assertThat(de.text()).contains("Von unserem Support (s.agent) in Ihrem Auftrag gekündigt.");
        assertThat(de.html()).contains("Von unserem Support (s.agent) in Ihrem Auftrag gekündigt.");
    }

    @Test
    void cancellation_names_what_was_cancelled_and_frees_the_backup_slots() {
        MailMessage en = composer.compose(BookingEvents.event(BookingAction.CANCELLED, Locale.ENGLISH, "a@b.example",
                Actor.customer("kunde"), "Main stage", "Hall B"));
        MailMessage de = composer.compose(BookingEvents.event(BookingAction.CANCELLED, Locale.GERMAN, "a@b.example",
                Actor.customer("kunde"), "Main stage", "Hall B"));

        assertThat(en.subject()).isEqualTo("Backup ingest cancelled: BI-2026-000042");
        assertThat(en.text()).contains("Cancelled booking").contains("BI-2026-000042").contains("Main stage, Hall B")
                .contains("2 backup slots are freed").contains("The 2 extra slots are no longer booked or charged.")
                .doesNotContain("Price per month").doesNotContain("on your behalf");
        assertThat(de.text()).contains("Gekündigte Buchung").contains("2 Backup-Slots werden frei")
                .contains("Die 2 zusätzlichen Slots sind nicht mehr gebucht");
    }

    @Test
    void dynamic_values_are_html_escaped_but_plain_in_the_text_part() {
        MailMessage mail = composer.compose(BookingEvents.event(BookingAction.BOOKED, Locale.ENGLISH, "a@b.example",
                new Actor("kunde", "<script>alert(1)</script>"), "<b>Main & Co</b>"));

        assertThat(mail.html()).contains("&lt;b&gt;Main &amp; Co&lt;/b&gt;")
                .doesNotContain("<b>Main").doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Kongress &amp; Co GmbH");
        assertThat(mail.text()).contains("<b>Main & Co</b>").contains("Hello Kongress & Co GmbH,");
    }

    @Test
    void one_content_reads_in_the_singular() {
        MailMessage mail = composer.compose(BookingEvents.event(BookingAction.BOOKED, Locale.ENGLISH, "a@b.example",
                Actor.customer("kunde"), "Solo"));

        assertThat(mail.text()).contains("1 content × 2 ingest servers = 2 of 2 slots")
                .contains("none needed, your account has 2 livestream slots").contains("0 × €29.00 = €0.00");
    }
}
