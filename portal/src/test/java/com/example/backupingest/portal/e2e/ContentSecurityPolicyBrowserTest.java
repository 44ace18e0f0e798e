package com.example.backupingest.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chromium enforces the portal's Content-Security-Policy on every view, in German and English, as a
 * customer, as support and while support acts as a customer: no view may trip it (a violation
 * means a broken feature). Violations are caught twice: the page's
 * {@code securitypolicyviolation} events and Chromium's console.
 */
@EndToEndTest
class ContentSecurityPolicyBrowserTest extends EndToEndSupport {

    private static final List<String> CUSTOMER_ROUTES = List.of("/backup-ingest", "/booking", "/stream-setup",
            "/slots", "/live", "/embed", "/mailbox", "/support-access");
    private static final List<String> SUPPORT_ROUTES = List.of("/support/customers", "/support/audit");

    private final List<String> violations = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de-DE", "en-US"})
    void no_view_trips_the_content_security_policy(String locale) {
        // a company of its own: other tests find theirs by name in the shared database
        E2eAccounts.Login customer = accounts.customer("CSP Probe " + locale + " GmbH", 2, 2500);
        accounts.book(customer, List.of("Hauptbühne", "English"));
        E2eAccounts.Login agent = accounts.support("Sam Support");

        Page login = watched(open("/login", locale, Viewport.DESKTOP));
        login.locator("vaadin-login-form").waitFor();

        Page support = watched(signIn(agent, locale, Viewport.DESKTOP));
        for (String route : SUPPORT_ROUTES) {
            go(support, route);
        }
        Impersonation.start(support, customer, "Ticket 4711"); // a form post (form-action)
        go(support, "/embed");
        Impersonation.end(support);

        waitUntil("the booking mail", Duration.ofSeconds(15), () -> !mailsTo(customer.email()).isEmpty());
        Page page = watched(signIn(customer, locale, Viewport.DESKTOP));
        for (String route : CUSTOMER_ROUTES) {
            go(page, route);
            page.waitForTimeout(300); // late requests (push, the embed preview's frame, images)
        }
        go(page, "/mailbox");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(customer.email())).first().click(); // a mail's HTML in its sandboxed frame
        page.waitForTimeout(500);

        assertThat(violations).isEmpty();

        // The watch itself works: a foreign image is blocked and reported.
        page.evaluate("new Image().src = 'https://foreign.example/pixel.png'");
        page.waitForTimeout(500);
        assertThat(violations).isNotEmpty().allSatisfy(v -> assertThat(v).contains("foreign.example"))
                .anySatisfy(v -> assertThat(v).contains("img-src"));
    }

    private Page watched(Page page) {
        BrowserContext context = page.context();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        page.reload();
        page.waitForLoadState();
        return page;
    }
}
