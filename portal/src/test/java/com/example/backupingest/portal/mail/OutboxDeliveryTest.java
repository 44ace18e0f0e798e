package com.example.backupingest.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.portal.booking.BookingAction;
import com.example.backupingest.portal.booking.BookingEvent;
import com.example.backupingest.portal.security.Actor;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Booking events through the outbox to a real SMTP server, with the relay running every 100 ms. */
@SpringBootTest(classes = MailTestSlice.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:mail-delivery;DB_CLOSE_DELAY=-1",
        "portal.mail.poll-interval=100ms", "portal.mail.initial-backoff=200ms", "portal.mail.max-backoff=1s",
        "portal.base-url=http://portal.test"})
class OutboxDeliveryTest {

    private static final int SMTP_PORT = MailTestSlice.freePort();
    private static final Duration DELIVERY = Duration.ofSeconds(15);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MailTestSlice.register(registry, SMTP_PORT);
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxRepository repository;
    @Autowired JavaMailSender sender;
    @Autowired MailOutboxProperties properties;
    @Autowired OutboxRelay scheduledRelay;

    @Test
    void committed_booking_sends_one_multipart_alternative_mail_in_the_booking_language() throws Exception {
        String to = "booked@customer.example";
        try (SmtpServer smtp = SmtpServer.start(SMTP_PORT)) {
            tx.executeWithoutResult(status -> events.publishEvent(BookingEvents.booked(Locale.GERMAN, to)));

            Poll.until("one mail to " + to, DELIVERY, () -> !smtp.to(to).isEmpty());
            MimeMessage mail = smtp.to(to).getFirst();
            assertThat(mail.getSubject()).isEqualTo("Backup-Ingest gebucht: BI-2026-000042");
            assertThat(mail.getFrom()[0].toString()).contains("portal@test.example");
            assertThat(mail.getContentType()).startsWith("multipart/alternative");
            Multipart parts = (Multipart) mail.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").contains("UTF-8");
            String text = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            for (String body : List.of(text, html)) {
                assertThat(body).contains("49,00\u00a0€").contains("Ihre Ingest-URLs")
                        .contains(BookingEvents.PRIMARY_URL).contains(BookingEvents.BACKUP_URL)
                        .contains("••••••••Ab30").contains("••••••••Zy91")
                        .contains("http://portal.test/stream-setup");
            }

            Poll.until("row SENT", DELIVERY, () -> statusOf(to).equals("SENT"));
            Poll.sleep(Duration.ofMillis(600)); // several more relay cycles
            assertThat(smtp.to(to)).hasSize(1);
            assertThat(rowsFor(to)).isEqualTo(1);
        }
    }

    @Test
    void rolled_back_booking_leaves_neither_outbox_row_nor_mail() {
        String to = "rolledback@customer.example";
        try (SmtpServer smtp = SmtpServer.start(SMTP_PORT)) {
            tx.executeWithoutResult(status -> {
                events.publishEvent(BookingEvents.booked(Locale.ENGLISH, to));
                assertThat(rowsFor(to)).as("row visible inside the booking transaction").isEqualTo(1);
                status.setRollbackOnly();
            });

            assertThat(rowsFor(to)).isZero();
            Poll.sleep(Duration.ofMillis(800));
            assertThat(smtp.to(to)).isEmpty();
        }
    }

    @Test
    void event_published_outside_a_transaction_is_refused_instead_of_mailed() {
        BookingEvent event = BookingEvents.booked(Locale.ENGLISH, "notx@customer.example");

        assertThatThrownBy(() -> events.publishEvent(event)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rowsFor("notx@customer.example")).isZero();
    }

    @Test
    void mail_waits_while_smtp_is_down_and_goes_out_exactly_once_when_it_is_back() throws Exception {
        String to = "smtpdown@customer.example";
        tx.executeWithoutResult(status -> events.publishEvent(BookingEvents.event(BookingAction.CANCELLED,
                Locale.ENGLISH, to, new Actor("kunde", "s.agent"), "Main stage")));

        Poll.until("two failed attempts", DELIVERY, () -> attemptsOf(to) >= 2 && statusOf(to).equals("PENDING"));
        String lastError = jdbc.sql("SELECT last_error FROM outbox_mail WHERE recipient = ?").param(to)
                .query(String.class).single();
        assertThat(lastError).contains("MailSendException").doesNotContain("Main stage");

        try (SmtpServer smtp = SmtpServer.start(SMTP_PORT)) {
            Poll.until("the mail after SMTP came back", DELIVERY, () -> !smtp.to(to).isEmpty());
            assertThat(smtp.to(to).getFirst().getSubject()).isEqualTo("Backup ingest cancelled: BI-2026-000042");
            Poll.until("row SENT", DELIVERY, () -> statusOf(to).equals("SENT"));
            Poll.sleep(Duration.ofMillis(1500));
            assertThat(smtp.to(to)).hasSize(1);
        }
    }

    @Test
    void two_relays_racing_on_several_threads_still_deliver_every_mail_once() throws Exception {
        String to = "race@customer.example";
        int mails = 12;
        // A second relay as another application instance would have, next to the scheduled one.
        var otherInstance = new OutboxRelay(repository, sender, new MimeMailFactory(sender, properties.from()),
                properties, java.time.Clock.systemUTC());
        List<OutboxRelay> relays = List.of(scheduledRelay, otherInstance);
        try (SmtpServer smtp = SmtpServer.start(SMTP_PORT);
                ExecutorService threads = Executors.newFixedThreadPool(4)) {
            var start = new CountDownLatch(1);
            List<Future<?>> racers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                OutboxRelay relay = relays.get(i % 2);
                racers.add(threads.submit(() -> {
                    start.await();
                    for (int round = 0; round < 20; round++) {
                        relay.relayDue();
                    }
                    return null;
                }));
            }
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < mails; i++) {
                    events.publishEvent(BookingEvents.booked(Locale.ENGLISH, to));
                }
            });
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get();
            }

            Poll.until(mails + " mails", DELIVERY, () -> smtp.to(to).size() >= mails);
            Poll.sleep(Duration.ofMillis(600));
            List<MimeMessage> received = smtp.to(to);
            assertThat(received).hasSize(mails);
            assertThat(received.stream().map(OutboxDeliveryTest::messageId).distinct()).hasSize(mails);
            assertThat(jdbc.sql("SELECT status, COUNT(*) FROM outbox_mail WHERE recipient = ? GROUP BY status")
                    .param(to).query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list())
                    .containsExactly(Map.entry("SENT", mails));
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int rowsFor(String to) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?").param(to).query(Integer.class).single();
    }

    private String statusOf(String to) {
        return jdbc.sql("SELECT status FROM outbox_mail WHERE recipient = ?").param(to).query(String.class).single();
    }

    private int attemptsOf(String to) {
        return jdbc.sql("SELECT attempts FROM outbox_mail WHERE recipient = ?").param(to).query(Integer.class)
                .single();
    }
}
