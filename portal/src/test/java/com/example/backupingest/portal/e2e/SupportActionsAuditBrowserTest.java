package com.example.backupingest.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In Chromium, as the issue saw it: a support agent acting as a customer switches the alert
 * e-mails and changes the allowed embed domains. The customer's own Support access page then lists
 * both actions with the agent and the customer, besides the start and end of the visit.
 */
@EndToEndTest
class SupportActionsAuditBrowserTest extends EndToEndSupport {

    @Test
    void what_an_agent_changes_as_the_customer_shows_on_the_customers_support_access_page() {
        E2eAccounts.Login customer = accounts.customer("Nordlicht Audit GmbH", 2, 500);
        accounts.book(customer, List.of("Hauptbühne"));
        E2eAccounts.Login agent = accounts.support("Sam Support");

        Page support = signIn(agent, "en-US", Viewport.DESKTOP);
        Impersonation.start(support, customer, "Ticket 4711");
        go(support, "/live");
        Locator alerts = support.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("E-mail me when an ingest server goes down or a failover happens"));
        alerts.click();
        go(support, "/embed");
        support.locator("vaadin-text-area.embed-domains textarea").fill("www.nordlicht.example");
        support.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save allowed domains")).click();
        assertThat(support.getByText("Allowed domains of Hauptbühne saved.")).isVisible();
        Impersonation.end(support);

        Page page = signIn(customer, "en-US", Viewport.DESKTOP);
        go(page, "/support-access");
        Locator grid = page.locator("#support-access-grid");
        assertThat(grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Changed the allowed embed domains")).first()).isAttached();
        String cells = String.join("\n", grid.locator("vaadin-grid-cell-content").allInnerTexts());
        org.assertj.core.api.Assertions.assertThat(cells)
                .contains("Switched the alert e-mails", "Changed the allowed embed domains", "www.nordlicht.example")
                // both identities: the agent who acted (by name), the customer user acted as; and why
                .contains("Sam Support", customer.username(), "Ticket 4711");
    }
}
