package com.example.backupingest.portal.streamsetup;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directory runs on nginx callback threads: every check here happens signed out. */
@BackendTest
class PortalStreamKeyDirectoryTest {

    @Autowired StreamKeyDirectory directory;
    @Autowired StreamSetupService streamSetup;
    @Autowired BookingService bookings;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private PortalUser customer;
    private String contentId;
    private String primary;
    private String backup;

    @BeforeEach
    void bookedCustomer() {
        customer = new TestAccounts(jdbc, provisioning).customer("Verteiler AG", 2, 2500);
        TestAccounts.signIn(customer);
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream"), true), Locale.GERMAN);
        contentId = streamSetup.contents().getFirst().contentId();
        primary = streamSetup.revealKey(contentId, PRIMARY);
        backup = streamSetup.revealKey(contentId, BACKUP);
        TestAccounts.signOut();
    }

    @Test
    void a_valid_key_is_granted_on_its_entrypoint_with_edges_for_the_viewer_seats() {
        assertThat(directory.authorize(PRIMARY, primary))
                .contains(new PublishGrant(customer.accountId(), contentId, PRIMARY, 3));
        assertThat(directory.authorize(BACKUP, backup))
                .contains(new PublishGrant(customer.accountId(), contentId, BACKUP, 3));
    }

    @Test
    void a_key_on_the_wrong_entrypoint_is_refused() {
        assertThat(directory.authorize(PRIMARY, backup)).isEmpty();
        assertThat(directory.authorize(BACKUP, primary)).isEmpty();
    }

    @Test
    void unknown_keys_are_refused() {
        assertThat(directory.authorize(PRIMARY, "no-such-key-at-all-0000000000000")).isEmpty();
        assertThat(directory.authorize(PRIMARY, "")).isEmpty();
        assertThat(directory.authorize(PRIMARY, primary.toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(directory.authorize(PRIMARY, primary + "x".repeat(5000))).isEmpty();
        assertThat(directory.authorize(PRIMARY, primary + "' or '1'='1")).isEmpty();
    }

    @Test
    void revoked_keys_are_refused() {
        TestAccounts.signIn(customer);
        streamSetup.regenerateKey(contentId, PRIMARY);
        bookings.cancel(Locale.GERMAN);
        TestAccounts.signOut();

        assertThat(directory.authorize(PRIMARY, primary)).as("regenerated").isEmpty();
        assertThat(directory.authorize(BACKUP, backup)).as("cancelled").isEmpty();
    }

    @Test
    void keys_of_removed_contents_are_refused() {
        TestAccounts.signIn(customer);
        bookings.change(new BookingDraft(BookingMode.PARALLEL, List.of("Anderer Name"), true), Locale.GERMAN);
        TestAccounts.signOut();

        assertThat(directory.authorize(PRIMARY, primary)).isEmpty();
        assertThat(directory.authorize(BACKUP, backup)).isEmpty();
    }
}
