package com.example.backupingest.portal.booking;

import java.util.List;

/** What the booking form holds; content names as typed (trimmed by the service). */
public record BookingDraft(BookingMode mode, List<String> contentNames, boolean termsAccepted) {
}
