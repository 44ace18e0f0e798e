package com.example.backupingest.portal.mail;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.booking.BookingAction;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingEvent;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingStatus;
import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.pricing.PriceBreakdown;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.slots.SlotPlan;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Booking events as the backend publishes them: two contents on an account with 2 own slots, 2 extra slots. */
final class BookingEvents {

    static final String PRIMARY_URL = "rtmp://localhost:1935/live";
    static final String BACKUP_URL = "rtmp://localhost:1936/live";
    static final String PRIMARY_RTMPS_URL = "rtmps://localhost:1945/live";
    static final String BACKUP_RTMPS_URL = "rtmps://localhost:1946/live";

    private BookingEvents() {
    }

    static BookingEvent event(BookingAction action, Locale locale, String contactEmail, Actor actor,
            String... contentNames) {
        var account = new AccountSummary(7, "K-10007", "Kongress & Co GmbH", contactEmail, "Business", 500, 2,
                locale);
        int contents = contentNames.length;
        int extra = Math.max(0, 2 * contents - 2);
        var slots = new SlotPlan(contents, true, 2 * contents, 2, extra, List.of());
        var price = new PriceBreakdown(Money.of("49.00", "EUR"), extra, Money.of("29.00", "EUR"),
                Money.of("29.00", "EUR").times(extra), Money.of("49.00", "EUR").plus(Money.of("29.00", "EUR")
                        .times(extra)), new BigDecimal("0.19"), Money.of("20.33", "EUR"), Money.of("127.33", "EUR"));
        Instant now = Instant.parse("2026-11-24T09:00:00Z");
        var booking = new BookingDetails(42, 7, "BI-2026-000042", BookingMode.PARALLEL,
                action == BookingAction.CANCELLED ? BookingStatus.CANCELLED : BookingStatus.ACTIVE,
                List.of(contentNames), slots, price, 500, now, now, action == BookingAction.CANCELLED ? now : null,
                actor);
        List<ContentSetup> setups = java.util.stream.IntStream.range(0, contents)
                .mapToObj(i -> new ContentSetup("c" + i, contentNames[i], List.of(
                        new IngestEndpoint(Entrypoint.PRIMARY, PRIMARY_URL, "••••••••Ab3" + i, secure(PRIMARY_RTMPS_URL,
                                9000, "c" + i, "••••••••Pa3" + i)),
                        new IngestEndpoint(Entrypoint.BACKUP, BACKUP_URL, "••••••••Zy9" + i, secure(BACKUP_RTMPS_URL,
                                9001, "c" + i, "••••••••Pb9" + i)))))
                .toList();
        return new BookingEvent(action, account, booking, setups, actor, locale);
    }

    private static com.example.backupingest.portal.streamsetup.SecureWays secure(String rtmps, int srtPort,
            String contentId, String maskedPassphrase) {
        return new com.example.backupingest.portal.streamsetup.SecureWays(rtmps, null, "localhost", srtPort, contentId,
                maskedPassphrase, java.time.Duration.ofSeconds(2));
    }

    static BookingEvent booked(Locale locale, String contactEmail) {
        return event(BookingAction.BOOKED, locale, contactEmail, Actor.customer("kunde"), "Main stage", "Hall B");
    }
}
