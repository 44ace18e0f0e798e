package com.example.backupingest.portal.viewers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.portal.BrowserTestSupport;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Embed view as a customer uses it: signed in through the login form, the preview shows the
 * real player page from the copied snippet, and a bad domain is marked on the field (aria-invalid).
 * The portal runs on a port chosen up front so that {@code portal.base-url} (the snippet's host) is it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:embed-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class EmbedViewBrowserTest extends BrowserTestSupport {

    static final int PORT = FreePort.next();

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("portal.base-url", () -> "http://localhost:" + PORT);
    }

    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private PortalUser customer;
    private String contentId;

    @BeforeEach
    void customer() {
        customer = new TestAccounts(jdbc, provisioning).customer("Embed Browser GmbH", 2, 800);
        contentId = jdbc.sql("select content_id from content where account_id = ?").param(customer.accountId())
                .query(String.class).list().getFirst();
    }

    private Page signedIn(String locale, Viewport viewport) {
        BrowserContext context = newContext(locale, viewport);
        // The assignment endpoint is another feature's; the preview only has to show the player page.
        context.route("**/player/api/*/assign*", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("application/json")
                .setBody("{\"state\":\"not-live-yet\",\"edgeId\":null,\"master\":null,\"retryAfterSeconds\":30}")));
        Page page = context.newPage();
        page.navigate("/login");
        page.locator("vaadin-login-form input[name=username]").fill(customer.getUsername());
        page.locator("vaadin-login-form input[name=password]").fill("unused");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("/embed");
        page.locator(".embed-card").first().waitFor();
        return page;
    }

    @Test
    void the_preview_shows_the_player_of_the_snippet_and_a_bad_domain_is_marked_on_the_field() {
        Page page = signedIn("en-US", Viewport.DESKTOP);

        assertThat(page.locator("vaadin-text-area.embed-code textarea").inputValue())
                .contains("src=\"http://localhost:" + PORT + "/player/" + contentId + "\"");
        page.frameLocator("iframe.embed-preview").locator("#player[data-state='not-live-yet']").waitFor();
        screenshot(page, "embed-view-desktop");
        page.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        page.locator(".embed-card .copy-button").nth(1).click();
        assertThat(page.evaluate("() => navigator.clipboard.readText()"))
                .isEqualTo(page.locator("vaadin-text-area.embed-code textarea").inputValue());
        page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Embed code copied")).waitFor();

        Locator domains = page.locator("vaadin-text-area.embed-domains");
        domains.locator("textarea").fill("customer.example\nhttps://shop.customer.example");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save allowed domains")).click();
        page.waitForSelector("vaadin-text-area.embed-domains[invalid]");
        assertThat(domains.locator("textarea").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(domains.locator("[slot=error-message]").innerText()).contains("“https://shop.customer.example” is not a host name");
        assertThat(jdbc.sql("select count(*) from embed_domain where content_id = ?").param(contentId)
                .query(Integer.class).single()).isZero();

        domains.locator("textarea").fill("customer.example");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save allowed domains")).click();
        page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("Allowed domains of")).waitFor();
        // The portal's own preview stays allowed ('self') when domains are listed.
        page.reload();
        page.frameLocator("iframe.embed-preview").locator("#player[data-state='not-live-yet']").waitFor();
    }

    @Test
    void on_a_phone_the_preview_fits_the_screen() {
        Page page = signedIn("de-DE", Viewport.PHONE);

        Locator preview = page.locator("iframe.embed-preview");
        preview.waitFor();
        assertThat(preview.boundingBox().width).isLessThanOrEqualTo(page.viewportSize().width);
        assertThat(page.getByText("Erlaubte Domains").first().isVisible()).isTrue();
        screenshot(page, "embed-view-phone-de");
    }
}
