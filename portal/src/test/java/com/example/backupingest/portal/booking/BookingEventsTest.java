package com.example.backupingest.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@BackendTest
@RecordApplicationEvents
class BookingEventsTest {

    @Autowired BookingService bookings;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void every_write_by_an_impersonating_agent_publishes_an_event_naming_both_with_masked_keys() {
        TestAccounts accounts = new TestAccounts(jdbc, provisioning);
        PortalUser customer = accounts.customer("Ereignis AG", 2, 1200);
        PortalUser agent = accounts.support();
        TestAccounts.impersonate(agent, customer);

        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Saal 1"), true), Locale.ENGLISH);
        bookings.change(new BookingDraft(BookingMode.STANDBY, List.of("Saal 1", "Saal 2"), true), Locale.GERMAN);
        BookingDetails cancelled = bookings.cancel(Locale.GERMAN);

        List<BookingEvent> published = events.stream(BookingEvent.class).toList();
        assertThat(published).extracting(BookingEvent::action).containsExactly(BookingAction.BOOKED,
                BookingAction.CHANGED, BookingAction.CANCELLED);
        assertThat(published).extracting(BookingEvent::locale).containsExactly(Locale.ENGLISH, Locale.GERMAN,
                Locale.GERMAN);
        Actor actor = new Actor(customer.getUsername(), agent.getUsername());
        assertThat(published).extracting(BookingEvent::actor).containsOnly(actor);
        assertThat(published).allSatisfy(e -> assertThat(e.account().id()).isEqualTo(customer.accountId()));
        assertThat(published.get(1).booking().contentNames()).containsExactly("Saal 1", "Saal 2");
        assertThat(published.get(1).contents()).hasSize(2)
                .allSatisfy(c -> assertThat(c.endpoints()).hasSize(2));
        assertThat(published.get(2).booking()).isEqualTo(cancelled);
        assertThat(published.get(2).booking().lastChangedBy()).isEqualTo(actor);

        List<String> keys = jdbc.sql("select k.key_value from stream_key k join content c on c.id = k.content_id"
                + " where c.account_id = ?").param(customer.accountId()).query(String.class).list();
        List<String> shown = published.stream().flatMap(e -> e.contents().stream())
                .flatMap(c -> c.endpoints().stream()).map(IngestEndpoint::maskedKey).toList();
        assertThat(shown).isNotEmpty().allSatisfy(masked -> assertThat(masked).startsWith("•"));
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(String.valueOf(published)).doesNotContain(key));
    }
}
