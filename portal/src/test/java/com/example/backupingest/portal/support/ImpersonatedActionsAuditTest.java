package com.example.backupingest.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.account.BackendTest;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.live.AlertSettings;
import com.example.backupingest.portal.live.LiveService;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.viewers.EmbedSettings;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit hook on the real services: whatever an agent changes while acting as a customer (a
 * drill, alert mails, embed domains, a booking) lands in the customer's Support access with the
 * agent and the customer, and the log names the agent acting for the customer. What the customer
 * does alone, what is refused and what saves nothing leave no row.
 */
@BackendTest
@ExtendWith(OutputCaptureExtension.class)
class ImpersonatedActionsAuditTest {

    @Autowired SupportAuditLog audit;
    @Autowired ImpersonationService impersonations;
    @Autowired BookingService bookings;
    @Autowired AlertSettings alerts;
    @Autowired EmbedSettings embed;
    @Autowired LiveService live;
    @Autowired StreamSetupService streamSetup;
    @Autowired TestAccounts accounts;

    @Test
    void every_action_taken_as_the_customer_carries_the_agent_and_the_customer(CapturedOutput output) {
        PortalUser agent = accounts.support();
        PortalUser customer = accounts.customer("Nordlicht Events GmbH", 1, 500);
        String contentId = actAs(agent, customer, "Ticket 4711");

        live.drill(contentId);
        alerts.setEnabled(false);
        embed.save(contentId, "www.nordlicht.example");
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream"), true), Locale.GERMAN);

        TestAccounts.signIn(customer);
        List<AuditEntry> rows = audit.forMyAccount();
        assertThat(rows).extracting(AuditEntry::action).containsExactly(AuditAction.BOOKED,
                AuditAction.EMBED_DOMAINS_CHANGED, AuditAction.ALERT_MAILS_CHANGED, AuditAction.FAILOVER_DRILL,
                AuditAction.IMPERSONATION_STARTED);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.agent()).isEqualTo(agent.getUsername());
            assertThat(row.customerUsername()).isEqualTo(customer.getUsername());
            assertThat(row.reason()).isEqualTo("Ticket 4711");
            assertThat(row.sessionMarker()).isEqualTo(rows.getLast().sessionMarker());
        });
        assertThat(rows).filteredOn(r -> r.action() == AuditAction.FAILOVER_DRILL).singleElement()
                .extracting(AuditEntry::detail).isEqualTo(contentId);
        assertThat(rows).filteredOn(r -> r.action() == AuditAction.ALERT_MAILS_CHANGED).singleElement()
                .extracting(AuditEntry::detail).isEqualTo("off");
        assertThat(rows).filteredOn(r -> r.action() == AuditAction.EMBED_DOMAINS_CHANGED).singleElement()
                .extracting(AuditEntry::detail).isEqualTo(contentId + " · www.nordlicht.example");
        assertThat(rows).filteredOn(r -> r.action() == AuditAction.BOOKED).singleElement()
                .extracting(AuditEntry::detail).asString().contains("PARALLEL", "Livestream");

        String actingFor = "Support agent " + agent.getUsername() + " for customer " + customer.getUsername();
        assertThat(output.getOut()).contains(actingFor + " (account id " + customer.accountId() + "): FAILOVER_DRILL")
                .contains(actingFor + " (account id " + customer.accountId() + "): ALERT_MAILS_CHANGED off")
                .contains("by support agent " + agent.getUsername() + " for customer " + customer.getUsername());
    }

    @Test
    void the_customer_acting_alone_leaves_no_support_row() {
        PortalUser customer = accounts.customer("Allein GmbH", 1, 100);
        TestAccounts.signIn(customer);
        String contentId = streamSetup.contents().getFirst().contentId();

        live.drill(contentId);
        alerts.setEnabled(true);
        embed.save(contentId, "allein.example");

        assertThat(audit.forMyAccount()).isEmpty();
    }

    @Test
    void what_is_refused_or_saves_nothing_leaves_no_row() {
        PortalUser agent = accounts.support();
        PortalUser customer = accounts.customer("Vorsicht AG", 1, 100);
        String contentId = actAs(agent, customer, "Ticket 9");

        assertThatThrownBy(() -> streamSetup.regenerateKey(contentId, Entrypoint.PRIMARY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(embed.save(contentId, "not a host name").valid()).isFalse();

        TestAccounts.signIn(customer);
        assertThat(audit.forMyAccount()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.IMPERSONATION_STARTED);
    }

    /** Starts an impersonation as the filter does and returns the customer's content id. */
    private String actAs(PortalUser agent, PortalUser customer, String reason) {
        TestAccounts.signIn(agent);
        ImpersonationDetails details = impersonations.started(
                impersonations.authorize(Long.toString(customer.accountId()), reason));
        TestAccounts.impersonate(agent, customer);
        ((AbstractAuthenticationToken) SecurityContextHolder.getContext().getAuthentication()).setDetails(details);
        return streamSetup.contents().getFirst().contentId();
    }
}
