package com.example.backupingest.portal.booking;

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
    List<BookingProblem> validate(BookingDraft draft);

    /** Slot arithmetic and price for the draft's mode and number of contents. */
    BookingQuote quote(BookingDraft draft);

    /** @throws BookingRejectedException with the problems, or "booking.error.alreadyActive" */
    BookingDetails book(BookingDraft draft, Locale locale);

    /** Replace mode and contents of the active booking. Contents kept by name keep their keys. */
    BookingDetails change(BookingDraft draft, Locale locale);

    /** Cancel the active booking; frees the backup slots and the extra slots. */
    BookingDetails cancel(Locale locale);

    Optional<BookingDetails> active();

    /** Newest first. */
    List<BookingHistoryEntry> history();
}
