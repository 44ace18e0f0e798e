package com.example.backupingest.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.pricing.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BackendTest
class BookingQuoteTest {

    @Autowired BookingService bookings;
    @Autowired AccountService accountService;
    @Autowired TestAccounts accounts;

    @Test
    void two_contents_on_two_base_slots_book_two_extra_slots_at_fee_plus_slots_plus_vat() {
        TestAccounts.signIn(accounts.customer("Zwei Säle GmbH", 2, 2500));
        BookingDraft draft = new BookingDraft(BookingMode.PARALLEL, List.of("Saal 1", "Saal 2"), true);

        BookingQuote quote = bookings.quote(draft);

        assertThat(quote.slots().slotsNeeded()).isEqualTo(4);
        assertThat(quote.slots().baseSlots()).isEqualTo(2);
        assertThat(quote.slots().extraSlots()).isEqualTo(2);
        assertThat(quote.price().net()).isEqualTo(Money.of("107.00", "EUR"));
        assertThat(quote.price().vatRate()).isEqualByComparingTo(new BigDecimal("0.19"));
        assertThat(quote.price().vat()).isEqualTo(Money.of("20.33", "EUR"));
        assertThat(quote.price().gross()).isEqualTo(Money.of("127.33", "EUR"));
        assertThat(quote.viewerSeats()).isEqualTo(2500);
        assertThat(quote.distributionServers()).isEqualTo(3);

        BookingDetails booked = bookings.book(draft, Locale.GERMAN);
        assertThat(booked.price()).isEqualTo(quote.price());
        assertThat(booked.slots()).isEqualTo(quote.slots());
        assertThat(booked.viewerSeats()).isEqualTo(2500);
        assertThat(accountService.current().viewerSeats()).as("viewer seats stay as booked").isEqualTo(2500);
        assertThat(accountService.current().livestreamSlots()).as("base slots unchanged").isEqualTo(2);
    }

    @Test
    void one_content_on_one_base_slot_needs_one_extra_slot_for_its_backup() {
        TestAccounts.signIn(accounts.customer("Ein Slot UG", 1, 500));

        BookingQuote quote = bookings.quote(new BookingDraft(BookingMode.STANDBY, List.of("Livestream"), true));

        assertThat(quote.slots().extraSlots()).isEqualTo(1);
        assertThat(quote.price().net()).isEqualTo(Money.of("78.00", "EUR"));
        assertThat(quote.price().gross()).isEqualTo(Money.of("92.82", "EUR"));
        assertThat(quote.distributionServers()).isEqualTo(1);
    }

    @Test
    void contents_within_the_base_slots_cost_only_the_add_on_fee() {
        TestAccounts.signIn(accounts.customer("Vier Slots AG", 4, 1000));

        BookingQuote quote = bookings.quote(new BookingDraft(BookingMode.PARALLEL, List.of("DE", "EN"), true));

        assertThat(quote.slots().extraSlots()).isZero();
        assertThat(quote.price().gross()).isEqualTo(Money.of("58.31", "EUR"));
        assertThat(quote.distributionServers()).isEqualTo(2);
    }
}
