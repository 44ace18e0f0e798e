package com.example.backupingest.portal.booking;

import com.example.backupingest.portal.pricing.PriceBreakdown;
import com.example.backupingest.portal.slots.SlotPlan;

/** What a draft would cost and occupy, shown live while the user types. Viewer seats stay unchanged. */
public record BookingQuote(SlotPlan slots, PriceBreakdown price, int viewerSeats, int distributionServers) {
}
