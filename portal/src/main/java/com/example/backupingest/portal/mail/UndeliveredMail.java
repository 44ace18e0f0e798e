package com.example.backupingest.portal.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail still in the outbox, with why it has not gone out yet ({@code lastError}, no secrets). */
public record UndeliveredMail(long id, Instant createdAt, String recipient, String subject, OutboxStatus status,
        int attempts, Instant nextAttemptAt, @Nullable String lastError) {
}
