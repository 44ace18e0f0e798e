package com.example.backupingest.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

/** The rules of starting an impersonation and its audit, at service level (the HTTP test runs the filter). */
@BackendTest
class ImpersonationServiceTest {

    @Autowired ImpersonationService impersonations;
    @Autowired SupportAuditLog audit;
    @Autowired BookingService bookings;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private TestAccounts accounts;
    private PortalUser agent;
    private PortalUser customer;
    private String account;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc, provisioning);
        agent = accounts.support();
        customer = accounts.customer("Elbe Kongresse GmbH", 2, 1500);
        account = Long.toString(customer.accountId());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void only_support_may_start_an_impersonation() {
        TestAccounts.signIn(accounts.customer("Andere AG", 1, 100));
        assertThatThrownBy(() -> impersonations.authorize(account, "Ticket #1"))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.signOut();
        assertThatThrownBy(() -> impersonations.authorize(account, "Ticket #1"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reason_is_required_and_at_most_200_characters() {
        TestAccounts.signIn(agent);
        for (String missing : new String[] {null, "", " \t "}) {
            assertThatThrownBy(() -> impersonations.authorize(account, missing))
                    .isInstanceOf(ImpersonationRefusedException.class);
        }
        assertThatThrownBy(() -> impersonations.authorize(account, "x".repeat(201)))
                .isInstanceOf(ImpersonationRefusedException.class);

        assertThat(impersonations.authorize(account, "  " + "x".repeat(200) + "  ").request().reason())
                .hasSize(200);
    }

    @Test
    void the_target_is_the_first_enabled_customer_user_of_the_account() {
        TestAccounts.signIn(agent);
        assertThat(impersonations.authorize(account, "Ticket #2").target().getUsername())
                .isEqualTo(customer.getUsername());

        jdbc.sql("update app_user set enabled = false where username = ?").param(customer.getUsername()).update();
        assertThatThrownBy(() -> impersonations.authorize(account, "Ticket #2"))
                .isInstanceOf(ImpersonationRefusedException.class);
    }

    @Test
    void a_support_user_is_never_a_target() {
        PortalUser otherAgent = accounts.support();
        TestAccounts.signIn(agent);

        assertThatThrownBy(() -> impersonations.authorize(otherAgent.getUsername(), "Ticket #3"))
                .isInstanceOf(ImpersonationRefusedException.class);
        assertThatThrownBy(() -> impersonations.authorize("999999999", "Ticket #3"))
                .isInstanceOf(ImpersonationRefusedException.class);
        // The filter's UserDetailsChecker, whatever a lookup would return:
        assertThatThrownBy(() -> ImpersonationTargets.requireCustomer(otherAgent))
                .isInstanceOf(ImpersonationRefusedException.class);
    }

    @Test
    void no_impersonation_inside_an_impersonation() {
        TestAccounts.impersonate(agent, customer);
        PortalUser second = accounts.customer("Zweite GmbH", 1, 100);

        assertThatThrownBy(() -> impersonations.authorize(Long.toString(second.accountId()), "Ticket #4"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void start_booking_by_support_and_end_are_audited_in_order_with_both_identities() {
        Authentication session = start("Ticket #4711");
        bookings.book(new BookingDraft(BookingMode.STANDBY, List.of("Saal 1", "Saal 2"), true), Locale.GERMAN);
        bookings.cancel(Locale.GERMAN);
        impersonations.ended(session, EndCause.EXIT);

        List<AuditEntry> entries = audit.forMyAccount().reversed();
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.IMPERSONATION_STARTED,
                AuditAction.BOOKED, AuditAction.BOOKING_CANCELLED, AuditAction.IMPERSONATION_ENDED);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.agent()).isEqualTo(agent.getUsername());
            assertThat(e.customerUsername()).isEqualTo(customer.getUsername());
            assertThat(e.accountId()).isEqualTo(customer.accountId());
            assertThat(e.reason()).isEqualTo("Ticket #4711");
            assertThat(e.sessionMarker()).isEqualTo(entries.getFirst().sessionMarker());
        });
        assertThat(entries.get(1).detail()).contains("STANDBY", "Saal 1, Saal 2");
    }

    @Test
    void bookings_by_the_customer_themselves_are_not_support_actions() {
        TestAccounts.signIn(customer);
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream"), true), Locale.GERMAN);

        assertThat(audit.forMyAccount()).isEmpty();
    }

    @Test
    void logout_and_session_end_record_the_end_once() {
        Authentication session = start("Ticket #5");
        events.publishEvent(new LogoutSuccessEvent(session));
        var httpSession = new MockHttpSession();
        httpSession.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(session));
        events.publishEvent(new HttpSessionDestroyedEvent(httpSession));
        impersonations.ended(session, EndCause.EXIT);

        assertThat(audit.forMyAccount()).filteredOn(e -> e.action() == AuditAction.IMPERSONATION_ENDED)
                .singleElement().extracting(AuditEntry::detail).isEqualTo(EndCause.LOGOUT.name());
    }

    @Test
    void a_timed_out_session_ends_the_impersonation() {
        Authentication session = start("Ticket #6");
        var httpSession = new MockHttpSession();
        httpSession.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(session));
        events.publishEvent(new HttpSessionDestroyedEvent(httpSession));

        assertThat(audit.forMyAccount()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.IMPERSONATION_ENDED, AuditAction.IMPERSONATION_STARTED);
    }

    /** Starts as the agent, then switches this thread to the customer as the SwitchUserFilter does. */
    private Authentication start(String reason) {
        TestAccounts.signIn(agent);
        ImpersonationDetails details = impersonations.started(impersonations.authorize(account, reason));
        TestAccounts.impersonate(agent, customer);
        Authentication switched = SecurityContextHolder.getContext().getAuthentication();
        ((AbstractAuthenticationToken) switched).setDetails(details);
        return switched;
    }
}
