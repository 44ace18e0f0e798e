package com.example.backupingest.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who reads which part of the audit, and that nothing can change it. */
@BackendTest
class SupportAuditLogTest {

    @Autowired SupportAuditLog audit;
    @Autowired ImpersonationService impersonations;
    @Autowired BookingService bookings;
    @Autowired TestAccounts accounts;

    @Test
    void a_customers_support_access_lists_only_their_own_account() {
        PortalUser agent = accounts.support();
        PortalUser a = accounts.customer("Kunde A GmbH", 1, 100);
        PortalUser b = accounts.customer("Kunde B GmbH", 1, 100);
        actAndBook(agent, a, "Ticket A");
        actAndBook(agent, b, "Ticket B");

        TestAccounts.signIn(a);
        assertThat(audit.forMyAccount()).hasSize(2).allSatisfy(e -> {
            assertThat(e.accountId()).isEqualTo(a.accountId());
            assertThat(e.reason()).isEqualTo("Ticket A");
            assertThat(e.companyName()).isEqualTo("Kunde A GmbH");
        });
        TestAccounts.signIn(agent);
        assertThat(audit.recent(1000)).extracting(AuditEntry::reason).contains("Ticket A", "Ticket B");
    }

    @Test
    void the_whole_log_is_for_support_only() {
        PortalUser customer = accounts.customer("Neugierig GmbH", 1, 100);
        TestAccounts.signIn(customer);
        assertThatThrownBy(() -> audit.recent(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.forAccount(customer.accountId())).isInstanceOf(AccessDeniedException.class);

        // An agent acting as a customer is that customer here: support tools stay out of reach.
        TestAccounts.impersonate(accounts.support(), customer);
        assertThatThrownBy(() -> audit.recent(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_audit_offers_no_way_to_change_or_remove_an_entry() {
        assertThat(Arrays.stream(SupportAuditLog.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("recent", "forAccount", "forMyAccount");
        assertThat(Arrays.stream(SupportAuditLog.class.getMethods()).map(Method::getReturnType))
                .containsOnly(List.class);
        // The only writer appends; nothing else in the class could touch an existing row.
        assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isPrivate(m.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("append", "hasEnded");
    }

    private void actAndBook(PortalUser agent, PortalUser customer, String reason) {
        TestAccounts.signIn(agent);
        ImpersonationDetails details = impersonations.started(
                impersonations.authorize(Long.toString(customer.accountId()), reason));
        TestAccounts.impersonate(agent, customer);
        ((org.springframework.security.authentication.AbstractAuthenticationToken)
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                .setDetails(details);
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream"), true), Locale.GERMAN);
    }
}
