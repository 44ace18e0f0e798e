package com.example.backupingest.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue "Support", acceptance 1, 3 and 4 in Chromium: an agent acts as Kongress Media AG with a
 * reason, books for them without ever receiving a stream key, ends; the customer then sees who
 * booked, why support was there and a mail saying so; the audit has start, booking and end.
 */
@EndToEndTest
class SupportImpersonationBrowserTest extends EndToEndSupport {

    private static final String REASON = "Ticket 4711";

    @Test
    void agent_books_for_the_customer_without_seeing_keys_and_the_customer_and_audit_see_who_did_it() {
        E2eAccounts.Login customer = accounts.customer("Kongress Media AG", 4, 2500);
        E2eAccounts.Login agent = accounts.support("Sam Support");
        Page page = signIn(agent, "de-DE", Viewport.DESKTOP);

        Impersonation.start(page, customer, REASON);
        assertThat(page.locator("#impersonation-banner span").first())
                .hasText("Support-Ansicht: Sam Support (Support-Mitarbeiter) handelt im Auftrag von Kongress Media AG");
        assertNoKeyIn(page, customer, "/backup-ingest");
        go(page, "/stream-setup");
        assertKeyControlsAbsent(page);
        assertNoKeyIn(page, customer, "/stream-setup");

        go(page, "/booking");
        BookingForms.fill(page, List.of("Hauptsaal", "Saal B"));
        BookingForms.acceptTerms(page);
        BookingForms.confirm(page).click();
        page.waitForURL("**/stream-setup");
        assertThat(page.locator(".content-card .endpoint")).hasCount(4);
        assertThat(accounts.keys(customer.account())).hasSize(4);
        assertKeyControlsAbsent(page);
        assertNoKeyIn(page, customer, "/stream-setup");
        for (String route : List.of("/booking", "/slots", "/support-access", "/mailbox", "/backup-ingest")) {
            go(page, route);
            assertThat(page.locator("#impersonation-banner")).isVisible();
            assertNoKeyIn(page, customer, route);
        }

        Impersonation.end(page);
        assertThat(page.locator("#impersonation-banner")).not().isVisible();
        assertThat(page.locator("h1").first()).hasText("Kunden");

        waitUntil("three audit rows", Duration.ofSeconds(10), () -> audit(customer).size() == 3);
        assertThat(audit(customer)).containsExactly(
                "IMPERSONATION_STARTED|" + agent.username() + "|" + customer.username() + "|" + REASON,
                "BOOKED|" + agent.username() + "|" + customer.username() + "|" + REASON,
                "IMPERSONATION_ENDED|" + agent.username() + "|" + customer.username() + "|" + REASON);
        go(page, "/support/audit");
        page.locator("#audit-grid").waitFor();
        page.locator("#audit-filter input").fill(customer.number());
        Locator cells = page.locator("#audit-grid vaadin-grid-cell-content");
        // the lazy filter runs on the server: wait until the grid shows this account's rows only
        waitUntil("the filtered audit", Duration.ofSeconds(10), () -> actions(cells).size() == 3);
        for (String text : List.of("Handeln als Kunde begonnen", "Zusatzleistung gebucht", "Handeln als Kunde beendet",
                REASON, customer.username(), agent.username())) {
            assertThat(cells.filter(new Locator.FilterOptions().setHasText(text)).first()).isVisible();
        }
        assertThat(actions(cells)).as("newest first").containsExactly("Handeln als Kunde beendet", "Zusatzleistung gebucht",
                "Handeln als Kunde begonnen");

        Page own = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(own, "/booking");
        assertThat(own.locator("h1")).hasText("Ihre Backup-Ingest-Buchung");
        assertThat(own.getByText("Support (" + agent.username() + ") in Ihrem Auftrag").first()).isVisible();
        go(own, "/support-access");
        assertThat(own.locator("h1").first()).hasText("Support-Zugriffe");
        Locator access = own.locator("#support-access-grid vaadin-grid-cell-content");
        assertThat(access.filter(new Locator.FilterOptions().setHasText(REASON)).first()).isVisible();
        assertThat(access.filter(new Locator.FilterOptions().setHasText("Zusatzleistung gebucht")).first()).isVisible();
        // the customer reads the agent's name; the support audit above keeps the login
        assertThat(access.filter(new Locator.FilterOptions().setHasText("Sam Support")).first()).isVisible();
        assertThat(own.locator("#support-access-grid")).not().containsText(agent.username());

        waitUntil("the booking mail", Duration.ofSeconds(15), () -> !mailsTo(customer.email()).isEmpty());
        sleep(Duration.ofMillis(800));
        List<ReceivedMails.Mail> mails = mailsTo(customer.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).startsWith("Backup-Ingest gebucht: ");
        assertThat(mails.getFirst().text()).contains("Von unserem Support (" + agent.username()
                + ") in Ihrem Auftrag gebucht.");
    }

    private void assertNoKeyIn(Page page, E2eAccounts.Login customer, String where) {
        List<String> keys = accounts.keys(customer.account()).stream().map(E2eAccounts.StreamKey::key).toList();
        assertThat(keys).isNotEmpty();
        assertThat(page.content()).as("DOM of " + where + " while impersonating").doesNotContain(keys);
    }

    /** Server URL copy stays; key and full-URL copy, reveal and regenerate are not rendered. */
    private static void assertKeyControlsAbsent(Page page) {
        assertThat(page.locator(".callout-warning")).isVisible();
        Locator endpoints = page.locator(".content-card .endpoint");
        for (int i = 0; i < endpoints.count(); i++) {
            assertThat(endpoints.nth(i).locator("vaadin-button.copy-button")).hasCount(1);
        }
        assertThat(page.getByText("Schlüssel anzeigen")).hasCount(0);
        assertThat(page.getByText("Schlüssel neu erzeugen")).hasCount(0);
        assertThat(page.locator(".endpoint .actions")).hasCount(0);
    }

    private List<String> audit(E2eAccounts.Login customer) {
        return accounts.jdbc().sql("select action, agent, customer_username, coalesce(reason, '') from support_audit"
                        + " where account_id = ? order by at, id")
                .param(customer.account())
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4))
                .list();
    }

    /** Visible cells only: the grid keeps cells of rows the filter removed, hidden. */
    private static List<String> actions(Locator cells) {
        return cells.filter(new Locator.FilterOptions().setVisible(true)).allTextContents().stream().filter(t -> t.startsWith("Handeln als Kunde")
                || t.equals("Zusatzleistung gebucht")).toList();
    }
}
