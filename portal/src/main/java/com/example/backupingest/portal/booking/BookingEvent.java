package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import java.util.List;
import java.util.Locale;

/**
 * Published inside the booking transaction after a booking, change or cancellation. Carries the
 * state at that moment (account, booking, contents with masked keys) so listeners such as the
 * mail outbox never read a later one. {@code locale} is the language the user worked in.
 */
public record BookingEvent(BookingAction action, AccountSummary account, BookingDetails booking,
        List<ContentSetup> contents, Actor actor, Locale locale) {
}
