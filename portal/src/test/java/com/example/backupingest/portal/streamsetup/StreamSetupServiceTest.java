package com.example.backupingest.portal.streamsetup;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
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
class StreamSetupServiceTest {

    @Autowired StreamSetupService streamSetup;
    @Autowired BookingService bookings;
    @Autowired StreamKeyDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private TestAccounts accounts;
    private PortalUser customer;

    @BeforeEach
    void signIn() {
        accounts = new TestAccounts(jdbc, provisioning);
        customer = accounts.customer("Einzelstream GmbH", 1, 500);
        TestAccounts.signIn(customer);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void without_the_add_on_a_livestream_has_only_the_primary_url() {
        ContentSetup content = streamSetup.contents().getFirst();

        assertThat(streamSetup.contents()).hasSize(1);
        assertThat(content.name()).isEqualTo("Livestream");
        assertThat(content.contentId()).matches("[a-z0-9]{10}");
        assertThat(content.endpoints()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.entrypoint()).isEqualTo(PRIMARY);
            assertThat(endpoint.serverUrl()).isEqualTo("rtmp://localhost:1935/live");
            String key = streamSetup.revealKey(content.contentId(), PRIMARY);
            assertThat(endpoint.maskedKey()).isEqualTo("••••••••" + key.substring(key.length() - 4));
        });
        assertThatThrownBy(() -> streamSetup.revealKey(content.contentId(), BACKUP))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining(
                        streamSetup.revealKey(content.contentId(), PRIMARY));
    }

    @Test
    void regenerating_a_key_stops_the_old_one_at_once() {
        bookings.book(new BookingDraft(BookingMode.STANDBY, List.of("Livestream"), true), Locale.GERMAN);
        String contentId = streamSetup.contents().getFirst().contentId();
        String oldBackup = streamSetup.revealKey(contentId, BACKUP);
        String primary = streamSetup.revealKey(contentId, PRIMARY);

        IngestEndpoint regenerated = streamSetup.regenerateKey(contentId, BACKUP);

        String newBackup = streamSetup.revealKey(contentId, BACKUP);
        assertThat(newBackup).isNotEqualTo(oldBackup);
        assertThat(regenerated.serverUrl()).isEqualTo("rtmp://localhost:1936/live");
        assertThat(regenerated.maskedKey()).endsWith(newBackup.substring(newBackup.length() - 4));
        assertThat(directory.authorize(BACKUP, oldBackup)).isEmpty();
        assertThat(directory.authorize(BACKUP, newBackup)).isPresent();
        assertThat(streamSetup.revealKey(contentId, PRIMARY)).as("the other entrypoint untouched").isEqualTo(primary);
    }

    @Test
    void an_impersonating_support_agent_sees_masked_keys_but_can_neither_reveal_nor_regenerate() {
        String contentId = streamSetup.contents().getFirst().contentId();
        String key = streamSetup.revealKey(contentId, PRIMARY);
        TestAccounts.impersonate(accounts.support(), customer);

        assertThat(streamSetup.contents()).singleElement()
                .satisfies(c -> assertThat(c.endpoints().getFirst().maskedKey()).doesNotContain(key));
        assertThatThrownBy(() -> streamSetup.revealKey(contentId, PRIMARY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> streamSetup.regenerateKey(contentId, PRIMARY))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(customer);
        assertThat(streamSetup.revealKey(contentId, PRIMARY)).isEqualTo(key);
    }

    @Test
    void picture_and_sound_checks_start_at_two_seconds_are_saved_and_travel_with_the_publish_grant() {
        String content = streamSetup.contents().getFirst().contentId();
        assertThat(streamSetup.checks(content)).contains(com.example.backupingest.monitor.api.ContentChecks.DEFAULT);

        com.example.backupingest.monitor.api.ContentChecks changed = com.example.backupingest.monitor.api.ContentChecks.DEFAULT
                .with(com.example.backupingest.monitor.api.ContentCheck.FROZEN,
                        new com.example.backupingest.monitor.api.ContentChecks.Setting(false, java.time.Duration.ofSeconds(30)))
                .with(com.example.backupingest.monitor.api.ContentCheck.SILENT,
                        new com.example.backupingest.monitor.api.ContentChecks.Setting(true, java.time.Duration.ofSeconds(1)));
        streamSetup.saveChecks(content, changed);

        assertThat(streamSetup.checks(content)).contains(changed);
        String key = streamSetup.revealKey(content, PRIMARY);
        assertThat(directory.authorize(PRIMARY, key)).hasValueSatisfying(grant ->
                assertThat(grant.checks()).isEqualTo(changed));
        assertThatThrownBy(() -> jdbc.sql("update content set black_seconds = 31 where content_id = ?").param(content)
                .update()).as("the database refuses what the form refuses").isNotNull();
    }
}
