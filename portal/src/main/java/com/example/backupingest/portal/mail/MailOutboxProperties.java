package com.example.backupingest.portal.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.mail.*}: sender, how often the outbox relay looks for due mails, its retry
 * back-off (doubling from {@code initialBackoff} up to {@code maxBackoff}), {@code maxAttempts}
 * before a mail is marked FAILED (0 = retry forever), and how long a claimed mail stays reserved
 * for the relay that claimed it ({@code claimTimeout}; after that another relay may retry it).
 */
@ConfigurationProperties("portal.mail")
public record MailOutboxProperties(
        @DefaultValue("Backup Ingest Portal <no-reply@backup-ingest.example>") String from,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("0") int maxAttempts,
        @DefaultValue("2m") Duration claimTimeout,
        @DefaultValue EmbeddedSmtp embeddedSmtp) {

    /** The embedded SMTP server (GreenMail) of the embedded default; mails end up in the Mailbox view. */
    public record EmbeddedSmtp(@DefaultValue("true") boolean enabled, @DefaultValue("3025") int port) {
    }
}
