package com.example.backupingest.portal.booking;

import java.util.Optional;

/**
 * The active booking's mode of an account, for system work that runs without a signed-in user (live
 * alerts deciding whether a lone encoder is standby mode). Views use {@link BookingService}, which reads
 * the account from the current user.
 */
public interface ActiveBookings {

    /** The mode of the account's active booking; empty when it has none. */
    Optional<BookingMode> activeMode(long accountId);

    default boolean isStandby(long accountId) {
        return activeMode(accountId).filter(BookingMode.STANDBY::equals).isPresent();
    }
}
