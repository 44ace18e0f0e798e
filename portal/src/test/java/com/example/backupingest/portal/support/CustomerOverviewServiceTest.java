package com.example.backupingest.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@BackendTest
class CustomerOverviewServiceTest {

    @Autowired CustomerOverviewService customers;
    @Autowired BookingService bookings;
    @Autowired TestAccounts accounts;

    @Test
    void support_sees_seats_slots_add_on_and_last_bookings_of_any_account() {
        PortalUser customer = accounts.customer("Überblick GmbH", 1, 2500);
        TestAccounts.signIn(customer);
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("A", "B"), true), Locale.GERMAN);

        TestAccounts.signIn(accounts.support());
        assertThat(customers.search("überblick")).extracting(a -> a.id()).contains(customer.accountId());
        CustomerOverview overview = customers.overview(customer.accountId());

        assertThat(overview.account().viewerSeats()).isEqualTo(2500);
        assertThat(overview.addOn()).isNotNull();
        assertThat(overview.addOn().mode()).isEqualTo("PARALLEL");
        // Two contents on both entrypoints need four slots; the account has one: three extra.
        assertThat(overview.addOn().extraSlots()).isEqualTo(3);
        assertThat(overview.totalSlots()).isEqualTo(4);
        assertThat(overview.activeContents()).isEqualTo(2);
        assertThat(overview.recentBookings()).singleElement()
                .satisfies(b -> assertThat(b.actor()).isEqualTo(customer.getUsername()));
        assertThat(overview.customerLogin()).isEqualTo(customer.getUsername());
    }

    @Test
    void customers_cannot_look_at_other_accounts() {
        PortalUser other = accounts.customer("Fremd GmbH", 1, 100);
        TestAccounts.signIn(accounts.customer("Neugierig GmbH", 1, 100));

        assertThatThrownBy(() -> customers.overview(other.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> customers.search("Fremd")).isInstanceOf(AccessDeniedException.class);
    }
}
