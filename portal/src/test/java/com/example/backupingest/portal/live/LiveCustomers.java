package com.example.backupingest.portal.live;

import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer every Live test starts from: 2 slots, 500 seats and the add-on booked in PARALLEL
 * mode for one content, so both entrypoints carry it. {@code @Import} it into the test's context.
 */
final class LiveCustomers {

    private final TestAccounts accounts;
    private final BookingService bookings;
    private final StreamSetupService setup;

    LiveCustomers(JdbcClient jdbc, ContentProvisioning provisioning, BookingService bookings,
            StreamSetupService setup) {
        this.accounts = new TestAccounts(jdbc, provisioning);
        this.bookings = bookings;
        this.setup = setup;
    }

    /** A new customer who booked in {@code locale} (the language of their mails); left signed in. */
    PortalUser signedInWithParallelBooking(String company, Locale locale) {
        return signedInWithParallelBooking(company, locale, 500);
    }

    /** The same with {@code seats} viewer seats (from 1,000 seats a content has at least two edges). */
    PortalUser signedInWithParallelBooking(String company, Locale locale, int seats) {
        PortalUser customer = accounts.customer(company, 2, seats);
        TestAccounts.signIn(customer);
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream"), true), locale);
        return customer;
    }

    /** The one content of the signed-in customer. */
    String contentId() {
        return setup.contents().getFirst().contentId();
    }
}
