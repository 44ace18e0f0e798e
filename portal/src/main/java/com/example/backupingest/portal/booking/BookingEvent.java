package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.security.Actor;
import java.util.Locale;

/**
 * Published inside the booking transaction after a booking, change or cancellation. Carries the
 * state at that moment so listeners (mail outbox, audit) never read a later one.
 */
public record BookingEvent(BookingAction action, BookingDetails booking, Actor actor, Locale locale) {
}
