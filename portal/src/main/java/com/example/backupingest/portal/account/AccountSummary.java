package com.example.backupingest.portal.account;

import java.util.Locale;

/**
 * A customer account as the rest of the portal sees it. {@code livestreamSlots} are the slots of
 * the base streaming account, without extra slots booked with the add-on.
 */
public record AccountSummary(long id, String number, String companyName, String contactEmail, String basePlan,
        int viewerSeats, int livestreamSlots, Locale locale) {
}
