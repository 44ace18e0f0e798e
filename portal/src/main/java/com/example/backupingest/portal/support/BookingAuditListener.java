package com.example.backupingest.portal.support;

import com.example.backupingest.portal.booking.BookingAction;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingEvent;
import com.example.backupingest.portal.security.Actor;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Audits every booking action a support agent takes. A plain (synchronous) listener on purpose:
 * the event is published inside the booking transaction, so the audit row commits with the
 * booking or not at all.
 */
@Component
class BookingAuditListener {

    private final AuditTrail trail;
    private final AuditClock clock;

    BookingAuditListener(AuditTrail trail, AuditClock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @EventListener
    void on(BookingEvent event) {
        Actor actor = event.actor();
        if (!actor.bySupport()) {
            return;
        }
        // Same thread as the booking: the switched Authentication carries marker and reason.
        Optional<ImpersonationDetails> session = ImpersonationDetails.of(
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication());
        trail.append(new AuditRecord(clock.now(), Objects.requireNonNull(actor.supportAgent()), event.account().id(),
                actor.username(), action(event.action()), session.map(ImpersonationDetails::reason).orElse(null),
                detail(event.booking()), session.map(ImpersonationDetails::marker).orElse(null)));
    }

    private static AuditAction action(BookingAction action) {
        return switch (action) {
            case BOOKED -> AuditAction.BOOKED;
            case CHANGED -> AuditAction.BOOKING_CHANGED;
            case CANCELLED -> AuditAction.BOOKING_CANCELLED;
        };
    }

    /** Language-neutral facts: reference, mode, contents, extra slots. */
    static String detail(BookingDetails booking) {
        String text = "%s · %s · %s · +%d".formatted(booking.reference(), booking.mode(),
                String.join(", ", booking.contentNames()), booking.slots().extraSlots());
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
