package com.example.backupingest.portal.support;

import com.example.backupingest.portal.account.AccountSummary;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What support sees of a customer before acting: the account, the add-on (null without an active
 * booking), active contents, the last booking actions, and the login an impersonation would use
 * (null: no enabled customer user, so nobody to act as).
 */
public record CustomerOverview(AccountSummary account, @Nullable AddOn addOn, int activeContents,
        List<RecentBooking> recentBookings, @Nullable String customerLogin) {

    /** The active add-on booking. Slots in use: base slots of the account plus {@code extraSlots}. */
    public record AddOn(String reference, String mode, int extraSlots, Instant since) {
    }

    /** One booking revision; {@code supportAgent} is set when support acted on the customer's behalf. */
    public record RecentBooking(Instant at, String action, String reference, String mode, String actor,
            @Nullable String supportAgent) {
    }

    public int totalSlots() {
        return account.livestreamSlots() + (addOn == null ? 0 : addOn.extraSlots());
    }
}
