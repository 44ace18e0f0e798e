package com.example.backupingest.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.portal.Axe;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (npm) in Chromium on every view a customer, a support agent and a viewer can open, in
 * German and English, at desktop and phone size: no critical, serious or moderate violation. The
 * views carry real data (a booked customer with two contents whom support has visited, a mail in
 * the mailbox); dialogs are checked open.
 */
@EndToEndTest
class AccessibilityBrowserTest extends EndToEndSupport {

    @Autowired MonitorEventBus bus;

    private static final List<String> CUSTOMER_ROUTES = List.of("/backup-ingest", "/booking", "/stream-setup",
            "/live", "/embed", "/slots", "/mailbox", "/support-access");

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"de-DE,DESKTOP", "en-US,DESKTOP", "de-DE,PHONE", "en-US,PHONE"})
    void no_view_has_a_serious_or_moderate_axe_violation(String locale, Viewport viewport) {
        boolean de = locale.startsWith("de");
        E2eAccounts.Login customer = accounts.customer("Kongress Media AG", 4, 2500);
        accounts.book(customer, List.of("Hauptbühne", "English"));
        String contentId = accounts.keys(customer.account()).getFirst().contentId();
        LiveHistory.oneEveningOfFailovers(bus, jdbc, customer.account(), contentId);
        E2eAccounts.Login agent = accounts.support("Sam Support");

        Page login = open("/login", locale, viewport);
        login.locator("vaadin-login-form").waitFor();
        check(login, "login");

        Page support = signIn(agent, locale, viewport);
        check(support, "support start");
        Impersonation.start(support, customer, "Ticket 4711");
        check(support, "backup-ingest acting as the customer");
        go(support, "/live");
        check(support, "live acting as the customer");
        Impersonation.end(support);
        support.locator("#customer-search input").fill(customer.number());
        support.locator("#customer-summary h2").waitFor();
        check(support, "support customers");
        go(support, "/support/audit");
        check(support, "support audit");

        waitUntil("the booking mail", Duration.ofSeconds(15), () -> !mailsTo(customer.email()).isEmpty());
        Page page = signIn(customer, locale, viewport);
        for (String route : CUSTOMER_ROUTES) {
            go(page, route);
            check(page, route);
        }
        if (viewport == Viewport.PHONE) {
            go(page, "/backup-ingest");
            page.locator("vaadin-drawer-toggle").click();
            page.locator("vaadin-app-layout[drawer-opened]").waitFor();
            check(page, "navigation drawer open");
        }
        go(page, "/live/" + contentId);
        page.locator(".live-timeline-row[data-edges='3'] vaadin-details").first().click();
        check(page, "live timeline details");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de ? "Umschalt-Übung" : "Failover drill"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de ? "Trennen und umschalten"
                : "Disconnect and switch")).waitFor();
        check(page, "live drill dialog");
        go(page, "/booking");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de ? "Buchung kündigen" : "Cancel booking"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de ? "Buchung behalten"
                : "Keep booking")).waitFor();
        check(page, "booking cancel dialog");
        go(page, "/booking");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de ? "Ändern" : "Change")).click();
        page.locator(".quote-panel").waitFor();
        check(page, "booking form");

        Page player = open("/player/" + contentId, locale, viewport);
        player.locator("h1, h2, [role=status]").first().waitFor();
        check(player, "website player");

        assertThat(violations).as("axe violations per view (%s, %s):%n%s", locale, viewport, report()).isEmpty();
    }

    private void check(Page page, String view) {
        page.waitForTimeout(300); // transitions and lazy parts settle
        List<String> found = Axe.violations(page);
        if (!found.isEmpty()) {
            violations.put(view, found);
        }
    }

    private String report() {
        return violations.entrySet().stream()
                .map(e -> e.getKey() + ":\n    " + String.join("\n    ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
