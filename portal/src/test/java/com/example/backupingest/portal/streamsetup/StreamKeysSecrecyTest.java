package com.example.backupingest.portal.streamsetup;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackendTest
@ExtendWith(OutputCaptureExtension.class)
class StreamKeysSecrecyTest {

    @Autowired StreamSetupService streamSetup;
    @Autowired BookingService bookings;
    @Autowired StreamKeyDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired TestAccounts accounts;

    @Test
    void stream_keys_carry_at_least_128_random_bits_and_never_repeat() {
        KeyGenerator generator = new KeyGenerator();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = generator.streamKey();
            assertThat(key).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(key).length * 8).isGreaterThanOrEqualTo(128);
            keys.add(key);
        }
        assertThat(keys).hasSize(10_000);
    }

    @Test
    void stored_keys_are_unique_and_long() {
        TestAccounts.signIn(accounts.customer("Schlüssel GmbH", 2, 500));
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("A", "B", "C"), true), Locale.GERMAN);

        List<String> all = jdbc.sql("select key_value from stream_key").query(String.class).list();
        assertThat(all).doesNotHaveDuplicates().allSatisfy(key -> assertThat(key).hasSizeGreaterThanOrEqualTo(32));
    }

    @Test
    void stream_keys_never_appear_in_the_log(CapturedOutput output) {
        TestAccounts.signIn(accounts.customer("Verschwiegen AG", 1, 500));
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream", "Zweitsprache"), true),
                Locale.GERMAN);
        String contentId = streamSetup.contents().getFirst().contentId();
        String primary = streamSetup.revealKey(contentId, PRIMARY);
        String oldBackup = streamSetup.revealKey(contentId, BACKUP);
        streamSetup.regenerateKey(contentId, BACKUP);
        String newBackup = streamSetup.revealKey(contentId, BACKUP);
        TestAccounts.signOut();
        directory.authorize(PRIMARY, primary);
        directory.authorize(BACKUP, oldBackup);
        directory.authorize(PRIMARY, newBackup);
        bookingsCancelAs(contentId);

        assertThat(output.getAll()).as("the actions were logged").contains("revealed", "regenerated",
                "refused publish", "BOOKED");
        for (String key : List.of(primary, oldBackup, newBackup)) {
            assertThat(output.getAll()).doesNotContain(key);
        }
    }

    private void bookingsCancelAs(String contentId) {
        TestAccounts.signIn(accounts.customer("Andere AG", 1, 100));
        assertThat(streamSetup.contents()).extracting(ContentSetup::contentId).doesNotContain(contentId);
    }
}
