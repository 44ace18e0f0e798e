package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.security.StateChanging;
import com.example.backupingest.portal.security.ReadsOnly;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Books, changes and cancels the add-on for the current user's account (never an account id
 * from the caller). Each write is one transaction; an account has at most one active booking,
 * so two confirmations at the same moment make one booking.
 */
public interface BookingService {

    /** Problems of a draft, without saving; empty when it could be booked. */
    @ReadsOnly
    List<BookingProblem> validate(BookingDraft draft);

    /** Slot arithmetic and price for the draft's mode and number of contents. */
    @ReadsOnly
    BookingQuote quote(BookingDraft draft);

    /** @throws BookingRejectedException with the problems, or "booking.error.alreadyActive" */
    @StateChanging("BOOKED")
    BookingDetails book(BookingDraft draft, Locale locale);

    /** Replace mode and contents of the active booking. Contents kept by name keep their keys. */
    @StateChanging("BOOKING_CHANGED")
    BookingDetails change(BookingDraft draft, Locale locale);

    /** Cancel the active booking; frees the backup slots and the extra slots. */
    @StateChanging("BOOKING_CANCELLED")
    BookingDetails cancel(Locale locale);

    @ReadsOnly
    Optional<BookingDetails> active();

    /** Newest first. */
    @ReadsOnly
    List<BookingHistoryEntry> history();
}
