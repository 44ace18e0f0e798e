package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.security.Actor;
import java.time.Instant;
import java.util.List;

/** One line of the booking history: every booking, change and cancellation stays visible. */
public record BookingHistoryEntry(Instant at, BookingAction action, String reference, BookingMode mode,
        List<String> contentNames, int extraSlots, Money grossPerMonth, Actor actor) {
}
