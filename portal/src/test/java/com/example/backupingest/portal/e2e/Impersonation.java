package com.example.backupingest.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What a support agent does in the browser to act as a customer and to stop. */
final class Impersonation {

    private Impersonation() {
    }

    /**
     * Searches by account number (unique: the end-to-end classes share one database, and several
     * create a "Kongress Media AG"), picks the account, starts with the reason.
     */
    static void start(Page page, E2eAccounts.Login customer, String reason) {
        EndToEndSupport.go(page, "/support/customers");
        page.locator("#customer-search input").fill(customer.number());
        // Let the lazy search (400 ms) run, so the row clicked is one of its results.
        page.waitForTimeout(1000);
        Locator summary = page.locator("#customer-summary h2");
        // A single hit is already selected by the view; clicking it again must keep it selected.
        // Visible cells only: the grid may keep a reused cell of an earlier result out of sight.
        page.locator("#customer-results vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(customer.number()).setVisible(true)).click();
        assertThat(summary).hasText(customer.company() + " (" + customer.number() + ")");
        page.locator("#act-as").click();
        page.locator("#act-as-reason input").fill(reason);
        page.locator("#act-as-start").click();
        page.waitForURL("**/backup-ingest");
        page.locator("#impersonation-banner").waitFor();
    }

    static void end(Page page) {
        page.locator("#impersonation-end").click();
        page.waitForURL("**/support/customers");
        page.locator("h1").first().waitFor();
    }
}
