package com.example.backupingest.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import com.example.backupingest.monitor.api.MonitorEventBus;

/**
 * Every main view with real data (a booked customer whom support has visited), in German and
 * English at desktop and phone size: each shows its translated heading, and a screenshot lands in
 * {@code portal/target/screenshots/{view}-{de|en}-{desktop|phone}.png} for a human to look at.
 */
@EndToEndTest
class MainViewsScreenshotTest extends EndToEndSupport {

    @Autowired MonitorEventBus bus;

    private record View(String name, String route, String de, String en) {
    }

    private static final List<View> CUSTOMER_VIEWS = List.of(
            new View("backup-ingest", "/backup-ingest", "Backup-Ingest", "Backup ingest"),
            new View("booking", "/booking", "Ihre Backup-Ingest-Buchung", "Your backup ingest booking"),
            new View("stream-setup", "/stream-setup", "Stream-Einrichtung", "Stream setup"),
            new View("live", "/live", "Live", "Live"),
            new View("embed", "/embed", "Player einbetten", "Embed the player"),
            new View("slots", "/slots", "Livestream-Slots", "Livestream slots"),
            new View("mailbox", "/mailbox", "Postfach", "Mailbox"),
            new View("support-access", "/support-access", "Support-Zugriffe", "Support access"));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"de-DE,DESKTOP", "en-US,DESKTOP", "de-DE,PHONE", "en-US,PHONE"})
    void every_main_view_shows_its_translated_heading(String locale, Viewport viewport) throws Exception {
        boolean de = locale.startsWith("de");
        String suffix = "-" + locale.substring(0, 2) + "-" + viewport.name().toLowerCase();
        E2eAccounts.Login customer = accounts.customer("Kongress Media AG", 2, 2500);
        accounts.book(customer, List.of("Hauptbühne", "English"));
        E2eAccounts.Login agent = accounts.support("Sam Support");
        String contentId = accounts.keys(customer.account()).getFirst().contentId();
        LiveHistory.oneEveningOfFailovers(bus, jdbc, customer.account(), contentId);

        Page login = open("/login", locale, viewport);
        assertHeading(login, "Backup Ingest", 1);
        assertThat(login.getByText(de ? "Self-Service-Portal für Ihre Livestreams"
                : "Self-service portal for your livestreams")).isVisible();
        shot(login, "login" + suffix);

        Page support = signIn(agent, locale, viewport);
        go(support, "/support");
        assertHeading(support, "Support", 1);
        assertThat(support.getByText(de ? "Unter „Kunden“ finden Sie einen Kunden"
                : "Find a customer under \"Customers\"", new Page.GetByTextOptions().setExact(false))).isVisible();
        shot(support, "support" + suffix);
        Impersonation.start(support, customer, "Ticket 4711");
        assertThat(support.locator("#impersonation-banner span").first()).hasText(de
                ? "Support-Ansicht: Sam Support (Support-Mitarbeiter) handelt im Auftrag von Kongress Media AG"
                : "Support view: Sam Support (support agent) acts on behalf of Kongress Media AG");
        assertHeading(support, de ? "Backup-Ingest" : "Backup ingest", 1);
        shot(support, "impersonation-banner" + suffix);
        go(support, "/live");
        shot(support, "live-support-view" + suffix);
        Impersonation.end(support);
        assertHeading(support, de ? "Kunden" : "Customers", 1);
        support.locator("#customer-search input").fill(customer.number());
        support.locator("#customer-summary h2").waitFor();
        assertHeading(support, de ? "Kunden" : "Customers", 1);
        shot(support, "support-customers" + suffix);
        go(support, "/support/audit");
        assertHeading(support, de ? "Support-Protokoll" : "Support audit", 1);
        shot(support, "support-audit" + suffix);

        waitUntil("the booking mail", Duration.ofSeconds(15), () -> !mailsTo(customer.email()).isEmpty());
        Page page = signIn(customer, locale, viewport);
        for (View view : CUSTOMER_VIEWS) {
            go(page, view.route());
            assertHeading(page, de ? view.de() : view.en(), 1);
            shot(page, view.name() + suffix);
        }
        go(page, "/live/" + contentId);
        page.locator(".live-timeline-row[data-edges='3'] vaadin-details").first().click();
        shot(page, "live-timeline-details" + suffix);
        go(page, "/booking");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de ? "Buchung kündigen" : "Cancel booking"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de ? "Buchung behalten" : "Keep booking"))
                .waitFor();
        shot(page, "booking-cancel-dialog" + suffix);
        go(page, "/booking");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(de ? "Ändern" : "Change")).click();
        page.locator(".quote-panel").waitFor();
        shot(page, "booking-form" + suffix);
        Page player = open("/player/" + contentId, locale, viewport);
        player.locator(".message-text, [role=status]").first().waitFor();
        shot(player, "player" + suffix);
    }

    private static void assertHeading(Page page, String text, int level) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true)
                .setLevel(level))).isVisible();
    }

    private void shot(Page page, String name) throws Exception {
        page.waitForTimeout(300); // fonts and transitions settle
        assertThat(Files.size(screenshot(page, name))).isPositive();
    }
}
