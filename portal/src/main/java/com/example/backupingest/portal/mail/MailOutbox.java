package com.example.backupingest.portal.mail;

import java.time.Clock;
import java.util.List;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as other code sees it: {@link #enqueue} inside a business transaction (the mail is
 * sent only if that transaction commits), {@link #undelivered} for whoever looks after delivery.
 */
public class MailOutbox {

    private final OutboxRepository repository;
    private final Clock clock;

    MailOutbox(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Refuses to run outside a transaction: a mail written on its own could outlive a rolled-back booking. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(MailMessage message) {
        repository.insert(message, clock.instant());
    }

    /** Mails not sent yet (PENDING, SENDING, FAILED), oldest first, at most {@code limit}. */
    public List<UndeliveredMail> undelivered(int limit) {
        return repository.findUndelivered(limit).stream()
                .map(m -> new UndeliveredMail(m.id(), m.createdAt(), m.message().to(), m.message().subject(),
                        m.status(), m.attempts(), m.nextAttemptAt(), m.lastError()))
                .toList();
    }
}
