package com.example.backupingest.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default end to end: a booking event goes through the outbox to the portal's own
 * GreenMail (spring.mail.port follows portal.mail.embedded-smtp.port), lands as .eml under
 * ${portal.data-dir}/mail and shows up in the mailbox.
 */
@SpringBootTest(classes = {MailTestSlice.class, EmbeddedDefaultTest.Embedded.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:mail-embedded;DB_CLOSE_DELAY=-1", "portal.mail.poll-interval=100ms",
        "spring.mail.host=localhost", "spring.mail.port=${portal.mail.embedded-smtp.port}",
        "portal.mail.embedded-smtp.enabled=true"})
class EmbeddedDefaultTest {

    private static final int SMTP_PORT = MailTestSlice.freePort();

    @TempDir static Path dataDir;

    @Import({EmbeddedSmtpConfiguration.class, CurrentUser.class})
    static class Embedded {
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("portal.mail.embedded-smtp.port", () -> SMTP_PORT);
        registry.add("portal.data-dir", () -> dataDir.toString());
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired EmbeddedMailbox mailbox;
    @Autowired EmlArchive archive;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void booking_mail_reaches_the_embedded_server_its_eml_folder_and_the_mailbox() {
        assertThat(archive.folder()).isEqualTo(dataDir.resolve("mail"));

        tx.executeWithoutResult(status -> events.publishEvent(BookingEvents.booked(Locale.GERMAN, "ops@k.example")));

        Poll.until("archived .eml", Duration.ofSeconds(15), () -> archive.files().size() == 1);
        var support = new PortalUser("support", null, Role.SUPPORT, null, "Support", Locale.GERMAN);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(support, null, support.getAuthorities()));
        List<ReceivedMail> mails = mailbox.visibleToCurrentUser();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Backup-Ingest gebucht: BI-2026-000042");
        assertThat(mails.getFirst().html()).contains("Ihre Ingest-URLs").contains("••••••••Zy90");
        assertThat(mails.getFirst().text()).contains("rtmp://localhost:1936/live");
    }
}
