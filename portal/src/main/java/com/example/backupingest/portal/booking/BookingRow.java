package com.example.backupingest.portal.booking;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code booking}; {@code version} guards updates. */
record BookingRow(long id, long accountId, String reference, BookingMode mode, BookingStatus status,
        int extraSlots, Instant createdAt, Instant updatedAt, @Nullable Instant cancelledAt,
        String lastChangedBy, @Nullable String lastChangedByAgent, long version) {
}
