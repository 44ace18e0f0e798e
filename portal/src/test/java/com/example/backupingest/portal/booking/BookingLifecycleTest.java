package com.example.backupingest.portal.booking;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BackendTest
class BookingLifecycleTest {

    @Autowired BookingService bookings;
    @Autowired StreamSetupService streamSetup;
    @Autowired StreamKeyDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private PortalUser customer;

    @BeforeEach
    void signIn() {
        customer = new TestAccounts(jdbc, provisioning).customer("Lebenszyklus GmbH", 1, 500);
        TestAccounts.signIn(customer);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void booking_gives_every_content_a_primary_and_a_backup_url_and_a_reference() {
        ContentSetup before = streamSetup.contents().getFirst();
        String primaryBefore = streamSetup.revealKey(before.contentId(), PRIMARY);

        BookingDetails booked = bookings.book(draft(BookingMode.PARALLEL, "Livestream", "English"), Locale.GERMAN);

        assertThat(booked.reference()).matches("BI-\\d{4}-\\d{6}").endsWith("%06d".formatted(booked.id()));
        assertThat(booked.status()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(booked.lastChangedBy()).isEqualTo(Actor.customer(customer.getUsername()));
        List<ContentSetup> contents = streamSetup.contents();
        assertThat(contents).extracting(ContentSetup::name).containsExactly("Livestream", "English");
        for (ContentSetup content : contents) {
            assertThat(content.endpoints()).extracting(IngestEndpoint::entrypoint, IngestEndpoint::serverUrl)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PRIMARY, "rtmp://localhost:1935/live"),
                            org.assertj.core.groups.Tuple.tuple(BACKUP, "rtmp://localhost:1936/live"));
        }
        assertThat(contents.getFirst().contentId()).as("default content kept").isEqualTo(before.contentId());
        assertThat(streamSetup.revealKey(before.contentId(), PRIMARY)).isEqualTo(primaryBefore);
        assertThat(bookings.active()).contains(booked);
    }

    @Test
    void change_keeps_the_keys_of_contents_kept_by_name_and_revokes_the_removed() {
        bookings.book(draft(BookingMode.PARALLEL, "Saal 1", "Saal 2"), Locale.GERMAN);
        ContentSetup saal1 = content("Saal 1");
        ContentSetup saal2 = content("Saal 2");
        String saal1Primary = streamSetup.revealKey(saal1.contentId(), PRIMARY);
        String saal1Backup = streamSetup.revealKey(saal1.contentId(), BACKUP);
        String saal2Primary = streamSetup.revealKey(saal2.contentId(), PRIMARY);

        BookingDetails changed = bookings.change(draft(BookingMode.STANDBY, "  SAAL 1 ", "Saal 3"), Locale.ENGLISH);

        assertThat(changed.mode()).isEqualTo(BookingMode.STANDBY);
        assertThat(changed.contentNames()).containsExactly("SAAL 1", "Saal 3");
        assertThat(streamSetup.contents()).extracting(ContentSetup::name).containsExactly("SAAL 1", "Saal 3");
        assertThat(content("SAAL 1").contentId()).isEqualTo(saal1.contentId());
        assertThat(streamSetup.revealKey(saal1.contentId(), PRIMARY)).isEqualTo(saal1Primary);
        assertThat(streamSetup.revealKey(saal1.contentId(), BACKUP)).isEqualTo(saal1Backup);
        assertThat(content("Saal 3").endpoints()).hasSize(2);
        assertThat(directory.authorize(PRIMARY, saal1Primary)).isPresent();
        assertThat(directory.authorize(PRIMARY, saal2Primary)).as("removed content's key").isEmpty();
    }

    @Test
    void cancel_frees_the_backup_slots_and_revokes_backup_keys_but_keeps_a_primary() {
        bookings.book(draft(BookingMode.PARALLEL, "Saal 1", "Saal 2"), Locale.GERMAN);
        ContentSetup first = content("Saal 1");
        String primary = streamSetup.revealKey(first.contentId(), PRIMARY);
        String backup = streamSetup.revealKey(first.contentId(), BACKUP);

        BookingDetails cancelled = bookings.cancel(Locale.GERMAN);

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThat(cancelled.slots().backup()).isFalse();
        assertThat(cancelled.slots().assignments()).noneMatch(a -> a.entrypoint() == BACKUP);
        assertThat(bookings.active()).isEmpty();
        assertThat(streamSetup.contents()).as("one base slot keeps one content").singleElement()
                .satisfies(c -> assertThat(c.endpoints()).extracting(IngestEndpoint::entrypoint)
                        .containsExactly(PRIMARY));
        assertThat(directory.authorize(BACKUP, backup)).isEmpty();
        assertThat(directory.authorize(PRIMARY, primary)).as("customer can still stream").isPresent();

        BookingDetails again = bookings.book(draft(BookingMode.STANDBY, "Saal 1"), Locale.GERMAN);
        assertThat(again.reference()).isNotEqualTo(cancelled.reference());
        assertThat(streamSetup.revealKey(first.contentId(), PRIMARY)).isEqualTo(primary);
        assertThat(streamSetup.revealKey(first.contentId(), BACKUP)).as("a new backup key").isNotEqualTo(backup);
    }

    @Test
    void history_keeps_every_booking_change_and_cancellation_newest_first() {
        BookingDetails first = bookings.book(draft(BookingMode.PARALLEL, "Saal 1"), Locale.GERMAN);
        bookings.change(draft(BookingMode.STANDBY, "Saal 1", "Saal 2"), Locale.GERMAN);
        bookings.cancel(Locale.GERMAN);
        BookingDetails second = bookings.book(draft(BookingMode.PARALLEL, "Neu"), Locale.GERMAN);

        List<BookingHistoryEntry> history = bookings.history();

        assertThat(history).extracting(BookingHistoryEntry::action).containsExactly(BookingAction.BOOKED,
                BookingAction.CANCELLED, BookingAction.CHANGED, BookingAction.BOOKED);
        assertThat(history).extracting(BookingHistoryEntry::reference).containsExactly(second.reference(),
                first.reference(), first.reference(), first.reference());
        assertThat(history.get(2).contentNames()).containsExactly("Saal 1", "Saal 2");
        assertThat(history.get(2).mode()).isEqualTo(BookingMode.STANDBY);
        assertThat(history.get(2).extraSlots()).isEqualTo(3);
        assertThat(history.get(2).grossPerMonth()).isEqualTo(Money.of("161.84", "EUR"));
        assertThat(history.get(1).grossPerMonth()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(history.get(3).grossPerMonth()).isEqualTo(Money.of("92.82", "EUR"));
        assertThat(history).extracting(BookingHistoryEntry::actor).containsOnly(Actor.customer(customer.getUsername()));
        assertThat(history).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    }

    private ContentSetup content(String name) {
        return streamSetup.contents().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static BookingDraft draft(BookingMode mode, String... names) {
        return new BookingDraft(mode, List.of(names), true);
    }
}
