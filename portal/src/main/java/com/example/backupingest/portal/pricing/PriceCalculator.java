package com.example.backupingest.portal.pricing;

import org.springframework.stereotype.Component;

/** Monthly price of the add-on: fee plus extra slots, then VAT on the net sum (rounded to cents). */
@Component
public class PriceCalculator {

    private final PricingProperties prices;

    public PriceCalculator(PricingProperties prices) {
        this.prices = prices;
    }

    /** Zero in the price list's currency. */
    public Money zero() {
        return prices.addOnFee().times(0);
    }

    public PriceBreakdown price(int extraSlots) {
        if (extraSlots < 0) {
            throw new IllegalArgumentException("extra slots cannot be negative: " + extraSlots);
        }
        Money extras = prices.extraSlot().times(extraSlots);
        Money net = prices.addOnFee().plus(extras);
        Money vat = net.times(prices.vatRate());
        return new PriceBreakdown(prices.addOnFee(), extraSlots, prices.extraSlot(), extras, net, prices.vatRate(),
                vat, net.plus(vat));
    }
}
