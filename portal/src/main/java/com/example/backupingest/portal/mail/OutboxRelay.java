package com.example.backupingest.portal.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends due outbox mails. Each mail is first claimed (status SENDING, version checked) so that
 * concurrent relays never send the same mail; a failed attempt goes back to PENDING with
 * exponential back-off, or to FAILED after {@code maxAttempts} (0 = never give up).
 */
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 20;

    private final OutboxRepository outbox;
    private final JavaMailSender sender;
    private final MimeMailFactory mimeMails;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration claimTimeout;
    private final Clock clock;

    OutboxRelay(OutboxRepository outbox, JavaMailSender sender, MimeMailFactory mimeMails,
            MailOutboxProperties properties, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.mimeMails = mimeMails;
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff());
        this.maxAttempts = properties.maxAttempts();
        this.claimTimeout = properties.claimTimeout();
        this.clock = clock;
    }

    /** One relay cycle: claims and sends what is due now. Safe to run on several threads at once. */
    void relayDue() {
        for (OutboxMail mail : outbox.findDue(clock.instant(), BATCH)) {
            if (outbox.claim(mail, clock.instant().plus(claimTimeout))) {
                send(mail, mail.version() + 1);
            }
        }
    }

    private void send(OutboxMail mail, int claimedVersion) {
        try {
            sender.send(mimeMails.create(mail.id(), mail.message(), mail.createdAt()));
        } catch (MailParseException | MailPreparationException | MessagingException e) {
            // The mail itself is broken (e.g. an invalid address): retrying cannot help.
            failed(mail, claimedVersion, e, true);
            return;
        } catch (MailException e) {
            failed(mail, claimedVersion, e, false);
            return;
        }
        if (!outbox.markSent(mail.id(), claimedVersion, clock.instant())) {
            log.warn("Outbox mail {} was sent but its claim had expired; raise portal.mail.claim-timeout", mail.id());
        }
    }

    private void failed(OutboxMail mail, int claimedVersion, Exception e, boolean permanent) {
        int attempts = mail.attempts() + 1;
        boolean giveUp = permanent || (maxAttempts > 0 && attempts >= maxAttempts);
        Instant now = clock.instant();
        Instant next = giveUp ? now : now.plus(backoff.after(attempts));
        outbox.markAttemptFailed(mail.id(), claimedVersion, giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING, next,
                describe(e));
        if (giveUp) {
            log.warn("Outbox mail {} FAILED after {} attempts: {}", mail.id(), attempts, describe(e));
        } else {
            log.info("Outbox mail {} attempt {} failed, next at {}: {}", mail.id(), attempts, next, describe(e));
        }
    }

    /** Class and message only: no mail content, no credentials (SMTP exceptions carry neither). */
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == e ? e.getClass().getSimpleName() + ": " + e.getMessage()
                : e.getClass().getSimpleName() + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
