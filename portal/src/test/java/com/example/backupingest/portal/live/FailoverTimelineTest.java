package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.viewers.SeatsFull;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The failover timeline is written from monitor events and read only within the reader's account. */
@BackendTest
class FailoverTimelineTest {

    @Autowired MonitorEventBus bus;
    @Autowired FailoverTimeline timeline;
    @Autowired LiveService live;
    @Autowired StreamSetupService setup;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    private PortalUser a;
    private PortalUser b;
    private String aContent;
    private String bContent;

    @BeforeEach
    void twoCustomersWithAContentEach() {
        TestAccounts accounts = new TestAccounts(jdbc, provisioning);
        a = accounts.customer("Kunde A GmbH", 1, 100);
        b = accounts.customer("Kunde B GmbH", 1, 100);
        TestAccounts.signIn(a);
        aContent = setup.contents().getFirst().contentId();
        TestAccounts.signIn(b);
        bContent = setup.contents().getFirst().contentId();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_failover_event_on_the_bus_lands_in_the_owners_timeline_and_nowhere_else() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        bus.publish(failover(b.accountId(), bContent, "edge-1", at, false));
        bus.publish(failover(a.accountId(), aContent, "edge-2", at, true));

        TestAccounts.signIn(b);
        waitFor(() -> timeline.recent(bContent).size() == 1);
        assertThat(timeline.recent(bContent)).containsExactly(new TimelineEntry(at, bContent, "edge-1",
                Entrypoint.PRIMARY, Entrypoint.BACKUP, FailoverCause.STALL, Duration.ofMillis(800)));
        assertThat(timeline.recent(aContent)).as("b reads a's content id").isEmpty();

        TestAccounts.signIn(a);
        waitFor(() -> timeline.recent(aContent).size() == 1);
        assertThat(timeline.recent(aContent)).singleElement().satisfies(e -> {
            assertThat(e.edgeId()).isEqualTo("edge-2");
            assertThat(e.drill()).isTrue();
        });
        assertThat(timeline.recent(bContent)).isEmpty();
    }

    @Test
    void an_event_naming_an_unknown_account_is_not_recorded() throws Exception {
        bus.publish(failover(Long.MAX_VALUE, "nosuchcontent", "edge-1", Instant.now(), false));
        bus.publish(failover(b.accountId(), bContent, "edge-1", Instant.now(), false));
        TestAccounts.signIn(b);
        waitFor(() -> timeline.recent(bContent).size() == 1); // handled in order: the first is done too
        long rows = jdbc.sql("select count(*) from failover_event where content_id = 'nosuchcontent'")
                .query(Long.class).single();
        assertThat(rows).isZero();
    }

    @Test
    void all_seats_taken_lands_in_the_owners_timeline_and_reaches_their_open_live_page() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestAccounts.signIn(b);
        java.util.List<LiveUpdate> pushed = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var ignored = live.watch(bContent, Runnable::run, pushed::add)) {
            events.publishEvent(new SeatsFull(b.accountId(), bContent, 100, at));
            assertThat(timeline.recent(bContent)).containsExactly(TimelineEntry.seatsFull(at, bContent, 100));
            waitFor(() -> pushed.stream().anyMatch(u -> u instanceof LiveUpdate.Timeline));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(pushed).filteredOn(u -> u instanceof LiveUpdate.Timeline).singleElement()
                .extracting(u -> ((LiveUpdate.Timeline) u).entry().kind()).isEqualTo(TimelineEntry.Kind.SEATS_FULL);
        TestAccounts.signIn(a);
        assertThat(timeline.recent(aContent)).isEmpty();
    }

    @Test
    void the_live_page_service_refuses_another_accounts_content() {
        TestAccounts.signIn(a);
        assertThatThrownBy(() -> live.snapshot(bContent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.watch(bContent, Runnable::run, u -> { })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> live.drill(bContent)).isInstanceOf(AccessDeniedException.class);
        assertThat(live.snapshot(aContent).contentId()).isEqualTo(aContent);
        assertThat(live.contents()).extracting(c -> c.contentId()).containsExactly(aContent);
    }

    /** Issue 16: the Live page's thumbnails: another account's content, no user, a support agent on their own: refused. */
    @Test
    void thumbnails_are_handed_out_for_the_own_content_only() {
        TestAccounts.signIn(a);
        assertThatThrownBy(() -> live.thumbnails(bContent)).isInstanceOf(AccessDeniedException.class);
        assertThat(live.thumbnails(aContent).of(Entrypoint.PRIMARY)).as("nothing publishes: no picture").isEmpty();
        TestAccounts.signOut();
        assertThatThrownBy(() -> live.thumbnails(aContent)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(new TestAccounts(jdbc, provisioning).support());
        assertThatThrownBy(() -> live.thumbnails(aContent)).as("a support agent not acting for the customer")
                .isInstanceOf(AccessDeniedException.class);
    }

    private static FailoverHappened failover(Long accountId, String contentId, String edge, Instant at, boolean drill) {
        return new FailoverHappened(accountId, contentId, edge, Entrypoint.PRIMARY, Entrypoint.BACKUP,
                drill ? FailoverCause.DRILL : FailoverCause.STALL, at, Duration.ofMillis(800));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await("condition within 5 s").pollInSameThread().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    }

}
