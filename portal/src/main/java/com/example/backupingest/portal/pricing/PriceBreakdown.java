package com.example.backupingest.portal.pricing;

import java.math.BigDecimal;

/** Monthly price of a booking: add-on fee plus extra slots, net, VAT and gross. */
public record PriceBreakdown(Money addOnFee, int extraSlots, Money extraSlotUnitPrice, Money extraSlotsTotal,
        Money net, BigDecimal vatRate, Money vat, Money gross) {
}
