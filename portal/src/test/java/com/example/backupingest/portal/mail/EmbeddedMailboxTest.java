package com.example.backupingest.portal.mail;

import com.example.backupingest.monitor.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.Role;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The embedded GreenMail server of the embedded default: .eml archive and who sees which mail. */
class EmbeddedMailboxTest {

    private static final String CUSTOMER_MAIL = "ops@kongress.example";

    @TempDir Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_received_mail_is_saved_as_eml_and_listed_newest_first_for_support() throws Exception {
        var archive = new EmlArchive(dataDir.resolve("mail"), clock);
        int port = MailTestSlice.freePort();
        var server = new EmbeddedSmtpServer(port, archive);
        server.start();
        try {
            send(port, 1, new MailMessage(CUSTOMER_MAIL, "First", "<p>Hallo <b>Welt</b></p>", "Hallo Welt"));
            clock.advance(Duration.ofSeconds(1));
            send(port, 2, new MailMessage("someone@else.example", "Second", "<p>Other</p>", "Other"));

            assertThat(Files.list(archive.folder()).filter(f -> f.toString().endsWith(".eml"))).hasSize(2);
            signIn(Role.SUPPORT);
            List<ReceivedMail> all = mailbox(archive).visibleToCurrentUser();
            assertThat(all).extracting(ReceivedMail::subject).containsExactly("Second", "First");
            ReceivedMail first = all.get(1);
            assertThat(first.to()).containsExactly(CUSTOMER_MAIL);
            assertThat(first.receivedAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
            assertThat(first.html()).isEqualTo("<p>Hallo <b>Welt</b></p>");
            assertThat(first.text()).isEqualTo("Hallo Welt");
        } finally {
            server.stop();
        }
    }

    @Test
    void customer_sees_only_mails_to_the_contact_address_of_their_account() throws Exception {
        var archive = new EmlArchive(dataDir.resolve("mail"), clock);
        int port = MailTestSlice.freePort();
        var server = new EmbeddedSmtpServer(port, archive);
        server.start();
        try {
            send(port, 1, new MailMessage("OPS@Kongress.example", "Mine", "<p>a</p>", "a"));
            send(port, 2, new MailMessage("other@customer.example", "Not mine", "<p>b</p>", "b"));

            signIn(Role.CUSTOMER);
            assertThat(mailbox(archive).visibleToCurrentUser()).extracting(ReceivedMail::subject)
                    .containsExactly("Mine");
        } finally {
            server.stop();
        }
    }

    @Test
    void occupied_port_does_not_stop_the_portal_from_starting() throws IOException {
        try (var occupied = new ServerSocket(0)) {
            var server = new EmbeddedSmtpServer(occupied.getLocalPort(),
                    new EmlArchive(dataDir.resolve("mail"), clock));
            server.start();
            try {
                assertThat(server.isRunning()).isFalse();
            } finally {
                server.stop();
            }
        }
    }

    private void send(int port, long outboxId, MailMessage mail) throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        int before = new EmlArchive(dataDir.resolve("mail"), clock).files().size();
        sender.send(new MimeMailFactory(sender, "portal@test.example").create(outboxId, mail, clock.instant()));
        Poll.until("archived mail " + outboxId, Duration.ofSeconds(10),
                () -> new EmlArchive(dataDir.resolve("mail"), clock).files().size() > before);
    }

    private EmbeddedMailbox mailbox(EmlArchive archive) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("accountService", new AccountService() {
            @Override
            public AccountSummary current() {
                return new AccountSummary(7, "K-10007", "Kongress GmbH", CUSTOMER_MAIL, "Business", 500, 2,
                        Locale.GERMAN);
            }

            @Override
            public AccountSummary get(long accountId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<AccountSummary> search(String query) {
                throw new UnsupportedOperationException();
            }
        });
        return new EmbeddedMailbox(archive, new CurrentUser(), beans.getBeanProvider(AccountService.class));
    }

    private static void signIn(Role role) {
        @Nullable Long account = role == Role.CUSTOMER ? 7L : null;
        var user = new PortalUser(role == Role.CUSTOMER ? "kunde" : "support", null, role, account, "Name",
                Locale.GERMAN);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
