package com.example.backupingest.portal.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of {@code outbox_mail}. {@code version} changes with every state change (optimistic claim). */
record OutboxMail(long id, Instant createdAt, MailMessage message, OutboxStatus status, int attempts,
        Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant sentAt, int version) {
}
