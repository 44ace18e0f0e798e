package com.example.backupingest.portal.booking;

import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class RepositoryActiveBookings implements ActiveBookings {

    private final BookingRepository bookings;

    RepositoryActiveBookings(BookingRepository bookings) {
        this.bookings = bookings;
    }

    @Override
    public Optional<BookingMode> activeMode(long accountId) {
        return bookings.findActive(accountId).map(BookingRow::mode);
    }
}
