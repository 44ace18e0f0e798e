package com.example.backupingest.portal.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.StreamKeys;
import com.example.backupingest.portal.BrowserTestSupport;
import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.booking.BookingAction;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingHistoryEntry;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingQuote;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.booking.BookingStatus;
import com.example.backupingest.portal.pricing.Money;
import com.example.backupingest.portal.pricing.PriceBreakdown;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.PortalUserDetailsService;
import com.example.backupingest.portal.security.Role;
import com.example.backupingest.portal.slots.SlotCalculator;
import com.example.backupingest.portal.slots.SlotPlan;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Signs in through the real login form and screenshots every customer view in both languages at
 * desktop and phone size, with the feature services stubbed (a booked account with two contents).
 * The lead's end-to-end tests replace the stubs with the real services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-views-browser;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/testschema",
        "portal.data-dir=target/test-data"})
@MockitoBean(types = {AccountService.class, BookingService.class, StreamSetupService.class,
        PortalUserDetailsService.class})
class ViewsScreenshotBrowserTest extends BrowserTestSupport {

    @Autowired AccountService accounts;
    @Autowired BookingService bookings;
    @Autowired StreamSetupService setup;
    @Autowired PortalUserDetailsService users;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void stubs() {
        when(users.loadUserByUsername(anyString())).thenAnswer(inv -> new PortalUser("kongress",
                encoder.encode("kongress-demo"), Role.CUSTOMER, 7L, "Karla Kongress", Locale.GERMAN));
        when(accounts.current()).thenReturn(new AccountSummary(7, "K-1007", "Kongress Media AG",
                "events@kongress.example", "Business", 2500, 2, Locale.GERMAN));
        List<String> names = List.of("Hauptbühne", "Saal B");
        SlotPlan plan = SlotCalculator.plan(2, names, true);
        Money fee = Money.of("49.00", "EUR");
        Money unit = Money.of("29.00", "EUR");
        Money net = fee.plus(unit.times(2));
        Money vat = net.times(new BigDecimal("0.19"));
        PriceBreakdown price = new PriceBreakdown(fee, 2, unit, unit.times(2), net, new BigDecimal("0.19"), vat,
                net.plus(vat));
        Instant at = Instant.parse("2026-11-20T14:30:00Z");
        when(bookings.active()).thenReturn(Optional.of(new BookingDetails(1, 7, "BI-2026-000042",
                BookingMode.PARALLEL, BookingStatus.ACTIVE, names, plan, price, 2500, at, at, null,
                Actor.customer("kongress"))));
        when(bookings.history()).thenReturn(List.of(new BookingHistoryEntry(at, BookingAction.BOOKED,
                "BI-2026-000042", BookingMode.PARALLEL, names, 2, net.plus(vat), new Actor("kongress", "sam"))));
        when(bookings.quote(any())).thenAnswer(inv -> {
            BookingDraft d = inv.getArgument(0);
            SlotPlan p = SlotCalculator.plan(2, d.contentNames(), true);
            Money n = fee.plus(unit.times(p.extraSlots()));
            Money v = n.times(new BigDecimal("0.19"));
            return new BookingQuote(p, new PriceBreakdown(fee, p.extraSlots(), unit, unit.times(p.extraSlots()), n,
                    new BigDecimal("0.19"), v, n.plus(v)), 2500, 3);
        });
        when(setup.contents()).thenReturn(List.of(content("c1", "Hauptbühne", "k1"), content("c2", "Saal B", "k2")));
    }

    private static ContentSetup content(String id, String name, String key) {
        return new ContentSetup(id, name, List.of(
                new IngestEndpoint(Entrypoint.PRIMARY, "rtmp://ingest-a.example.net/live", StreamKeys.mask(key + "-a-7f3a9c2e")),
                new IngestEndpoint(Entrypoint.BACKUP, "rtmp://ingest-b.example.net/live", StreamKeys.mask(key + "-b-1b2c3d4e"))));
    }

    private Page signIn(String locale, Viewport viewport) {
        Page page = open("/login", locale, viewport);
        page.locator("vaadin-login-form input[name=username]").fill("kongress");
        page.locator("vaadin-login-form input[name=password]").fill("kongress-demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL("**/backup-ingest");
        return page;
    }

    @ParameterizedTest
    @CsvSource({"de-DE,DESKTOP,Backup-Ingest", "en-US,DESKTOP,Backup ingest", "de-DE,PHONE,Backup-Ingest",
            "en-US,PHONE,Backup ingest"})
    void every_customer_view_renders_in_the_browser_language(String locale, Viewport viewport, String heading) {
        Page page = signIn(locale, viewport);
        String lang = locale.substring(0, 2) + "-" + viewport.name().toLowerCase();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setLevel(1)))
                .isVisible();
        screenshot(page, "backup-ingest-" + lang);
        for (String route : List.of("booking", "stream-setup", "slots")) {
            page.navigate("/" + route);
            page.locator("h1").first().waitFor();
            page.waitForTimeout(300);
            screenshot(page, route + "-" + lang);
        }
        page.navigate("/booking");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(locale.startsWith("de") ? "Ändern" : "Change"))
                .click();
        page.locator("vaadin-text-field").nth(1).locator("input").fill("Saal C");
        page.waitForTimeout(800);
        screenshot(page, "booking-form-" + lang);
    }

    @org.junit.jupiter.api.Test
    void copying_the_masked_key_puts_the_full_key_on_the_clipboard_but_never_into_the_page() {
        Page page = signIn("en-US", Viewport.DESKTOP);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        when(setup.revealKey("c1", Entrypoint.PRIMARY)).thenReturn("k1-a-7f3a9c2e");
        page.navigate("/stream-setup");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy Stream key")).first().click();

        assertThat(page.getByText("Stream key copied")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => navigator.clipboard.readText()"))
                .isEqualTo("k1-a-7f3a9c2e");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("k1-a-7f3a9c2e");
        org.assertj.core.api.Assertions.assertThat(
                page.locator("vaadin-text-field.stream-key input").first().inputValue()).isEqualTo("••••••••9c2e");
    }
}
