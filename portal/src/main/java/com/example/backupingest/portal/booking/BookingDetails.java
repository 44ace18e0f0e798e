package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.security.AuditedResult;
import com.example.backupingest.portal.pricing.PriceBreakdown;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.slots.SlotPlan;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A booking as it stands now, with who last changed it. {@code reference} looks like BI-2026-000042. */
public record BookingDetails(long id, long accountId, String reference, BookingMode mode, BookingStatus status,
        List<String> contentNames, SlotPlan slots, PriceBreakdown price, int viewerSeats, Instant createdAt,
        Instant updatedAt, @Nullable Instant cancelledAt, Actor lastChangedBy) implements AuditedResult {

    /** For the support audit: reference, mode, contents, extra slots (language-neutral). */
    @Override
    public String auditDetail() {
        return "%s · %s · %s · +%d".formatted(reference, mode, String.join(", ", contentNames), slots.extraSlots());
    }
}
