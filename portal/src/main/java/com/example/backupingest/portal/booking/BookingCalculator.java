package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.pricing.PriceCalculator;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.account.DistributionProperties;
import com.example.backupingest.portal.slots.SlotCalculator;
import com.example.backupingest.portal.slots.SlotPlan;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Slots, price and distribution servers of N contents on an account: 2N slots, the part above the
 * account's base slots booked as extra slots (product text point 9); viewer seats stay as booked.
 */
@Component
class BookingCalculator {

    private final PriceCalculator prices;
    private final DistributionProperties distribution;

    BookingCalculator(PriceCalculator prices, DistributionProperties distribution) {
        this.prices = prices;
        this.distribution = distribution;
    }

    BookingQuote quote(AccountSummary account, List<String> names) {
        SlotPlan plan = SlotCalculator.plan(account.livestreamSlots(), names, true);
        return new BookingQuote(plan, prices.price(plan.extraSlots()), account.viewerSeats(),
                distribution.rule().edgesFor(account.viewerSeats()));
    }

    /** What a cancelled booking costs from now on, in the price list's currency. */
    Money nothing() {
        return prices.zero();
    }

    /**
     * A cancelled booking no longer holds backup slots; its price is what it cost until the
     * cancellation (the extra slots stay recorded on the row), which is what a confirmation names.
     */
    BookingDetails details(BookingRow row, AccountSummary account, List<String> names) {
        boolean active = row.status() == BookingStatus.ACTIVE;
        SlotPlan plan = SlotCalculator.plan(account.livestreamSlots(), names, active);
        return new BookingDetails(row.id(), row.accountId(), row.reference(), row.mode(), row.status(), names, plan,
                prices.price(row.extraSlots()), account.viewerSeats(), row.createdAt(), row.updatedAt(),
                row.cancelledAt(), new Actor(row.lastChangedBy(), row.lastChangedByAgent()));
    }
}
