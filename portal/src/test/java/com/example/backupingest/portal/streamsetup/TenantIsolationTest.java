package com.example.backupingest.portal.streamsetup;

import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingProblem;
import com.example.backupingest.portal.booking.BookingRejectedException;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@BackendTest
class TenantIsolationTest {

    @Autowired StreamSetupService streamSetup;
    @Autowired BookingService bookings;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private PortalUser a;
    private PortalUser b;
    private String bContent;
    private String bKey;
    private BookingDetails bBooking;

    @BeforeEach
    void twoCustomers() {
        TestAccounts accounts = new TestAccounts(jdbc, provisioning);
        a = accounts.customer("Kunde A GmbH", 1, 100);
        b = accounts.customer("Kunde B GmbH", 1, 100);
        TestAccounts.signIn(b);
        bBooking = bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream"), true), Locale.GERMAN);
        bContent = streamSetup.contents().getFirst().contentId();
        bKey = streamSetup.revealKey(bContent, PRIMARY);
        TestAccounts.signIn(a);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void customer_cannot_read_reveal_or_regenerate_another_accounts_keys() {
        assertThat(streamSetup.contents()).extracting(ContentSetup::contentId).doesNotContain(bContent);
        assertThatThrownBy(() -> streamSetup.revealKey(bContent, PRIMARY)).isInstanceOf(AccessDeniedException.class)
                .hasMessageNotContaining(bKey);
        assertThatThrownBy(() -> streamSetup.regenerateKey(bContent, PRIMARY))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(b);
        assertThat(streamSetup.revealKey(bContent, PRIMARY)).as("B's key unchanged").isEqualTo(bKey);
    }

    @Test
    void customer_cannot_see_change_or_cancel_another_accounts_booking() {
        assertThat(bookings.active()).isEmpty();
        assertThat(bookings.history()).isEmpty();
        assertThatThrownBy(() -> bookings.cancel(Locale.GERMAN))
                .isInstanceOfSatisfying(BookingRejectedException.class, e -> assertThat(e.problems())
                        .extracting(BookingProblem::messageKey).containsExactly("booking.error.noneActive"));
        assertThatThrownBy(() -> bookings.change(
                new BookingDraft(BookingMode.STANDBY, List.of("Übernommen"), true), Locale.GERMAN))
                .isInstanceOf(BookingRejectedException.class);

        TestAccounts.signIn(b);
        assertThat(bookings.active()).contains(bBooking);
        assertThat(bookings.history()).hasSize(1);
    }

    @Test
    void customer_can_neither_read_nor_change_another_accounts_picture_and_sound_checks() {
        com.example.backupingest.monitor.api.ContentChecks off = com.example.backupingest.monitor.api.ContentChecks.DEFAULT
                .with(com.example.backupingest.monitor.api.ContentCheck.BLACK,
                        new com.example.backupingest.monitor.api.ContentChecks.Setting(false, java.time.Duration.ofSeconds(30)));
        assertThat(streamSetup.checks(bContent)).isEmpty();
        assertThatThrownBy(() -> streamSetup.saveChecks(bContent, off)).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(b);
        assertThat(streamSetup.checks(bContent)).as("B's checks unchanged")
                .contains(com.example.backupingest.monitor.api.ContentChecks.DEFAULT);
        TestAccounts.signOut();
        assertThatThrownBy(() -> streamSetup.checks(bContent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> streamSetup.saveChecks(bContent, off)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothing_answers_without_a_signed_in_user() {
        TestAccounts.signOut();

        assertThatThrownBy(() -> streamSetup.contents()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.active()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.cancel(Locale.GERMAN)).isInstanceOf(AccessDeniedException.class);
    }
}
