package com.example.backupingest.portal.mail;

import com.example.backupingest.monitor.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retry timing with a hand-moved clock: the scheduled relay is parked (1 h poll) and the test runs
 * relay cycles itself against a real SMTP server that is down or up.
 */
@SpringBootTest(classes = {MailTestSlice.class, OutboxRetryTest.FixedClock.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:mail-retry;DB_CLOSE_DELAY=-1",
        "portal.mail.poll-interval=1h", "portal.mail.initial-backoff=2s", "portal.mail.max-backoff=5m",
        "portal.mail.max-attempts=3", "portal.mail.claim-timeout=2m"})
class OutboxRetryTest {

    private static final int SMTP_PORT = MailTestSlice.freePort();

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MailTestSlice.register(registry, SMTP_PORT);
    }

    @Autowired OutboxRelay relay;
    @Autowired MailOutbox outbox;
    @Autowired OutboxRepository repository;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("DELETE FROM outbox_mail").update();
    }

    @Test
    void failed_attempt_is_retried_only_after_the_back_off_then_delivered_once() {
        enqueue("retry@customer.example");
        relay.relayDue();
        assertThat(row()).extracting(UndeliveredMail::status, UndeliveredMail::attempts)
                .containsExactly(OutboxStatus.PENDING, 1);
        assertThat(row().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(2));

        try (SmtpServer smtp = SmtpServer.start(SMTP_PORT)) {
            clock.advance(Duration.ofMillis(1999));
            relay.relayDue();
            assertThat(smtp.to("retry@customer.example")).as("not due yet").isEmpty();

            clock.advance(Duration.ofMillis(1));
            relay.relayDue();
            relay.relayDue();
            assertThat(smtp.to("retry@customer.example")).hasSize(1);
            assertThat(outbox.undelivered(10)).isEmpty();
        }
    }

    @Test
    void back_off_doubles_and_the_mail_is_marked_failed_after_max_attempts() {
        enqueue("failing@customer.example");
        relay.relayDue();
        clock.advance(Duration.ofSeconds(2));
        relay.relayDue();
        assertThat(row().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        relay.relayDue();

        UndeliveredMail failed = row();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).contains("MailSendException");
        clock.advance(Duration.ofHours(1));
        relay.relayDue();
        assertThat(row().attempts()).as("no attempts after FAILED").isEqualTo(3);
    }

    @Test
    void mail_to_an_invalid_address_fails_at_once_without_retries() {
        enqueue("not an address@@");
        relay.relayDue();

        assertThat(row()).extracting(UndeliveredMail::status, UndeliveredMail::attempts)
                .containsExactly(OutboxStatus.FAILED, 1);
    }

    @Test
    void mail_claimed_by_a_relay_that_died_is_sent_by_another_after_the_claim_timeout() {
        try (SmtpServer smtp = SmtpServer.start(SMTP_PORT)) {
            enqueue("orphan@customer.example");
            OutboxMail pending = repository.findDue(clock.instant(), 10).getFirst();
            assertThat(repository.claim(pending, clock.instant().plus(Duration.ofMinutes(2)))).isTrue();

            relay.relayDue();
            assertThat(smtp.to("orphan@customer.example")).as("still claimed").isEmpty();

            clock.advance(Duration.ofMinutes(2));
            relay.relayDue();
            assertThat(smtp.to("orphan@customer.example")).hasSize(1);
            assertThat(outbox.undelivered(10)).isEmpty();
        }
    }

    private void enqueue(String to) {
        tx.executeWithoutResult(status -> outbox.enqueue(new MailMessage(to, "Subject", "<p>html</p>", "text")));
    }

    private UndeliveredMail row() {
        assertThat(outbox.undelivered(10)).hasSize(1);
        return outbox.undelivered(10).getFirst();
    }
}
