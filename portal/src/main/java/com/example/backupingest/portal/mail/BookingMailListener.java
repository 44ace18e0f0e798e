package com.example.backupingest.portal.mail;

import com.example.backupingest.portal.booking.BookingEvent;
import org.springframework.context.event.EventListener;

/**
 * Writes the confirmation mail into the outbox while the booking transaction is still open: the
 * row commits or rolls back together with the booking. {@link MailOutbox#enqueue} insists on that
 * transaction, so an event published outside one fails loudly instead of losing or inventing a mail.
 */
class BookingMailListener {

    private final BookingMailComposer composer;
    private final MailOutbox outbox;

    BookingMailListener(BookingMailComposer composer, MailOutbox outbox) {
        this.composer = composer;
        this.outbox = outbox;
    }

    @EventListener
    void on(BookingEvent event) {
        outbox.enqueue(composer.compose(event));
    }
}
