package com.example.backupingest.portal.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.BrowserTestSupport;
import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Smoke test of the sign-in page in a real Chromium: both languages, desktop and phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-login-browser;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/testschema",
        "portal.data-dir=target/test-data", "monitor.enabled=false"})
@MockitoBean(types = {AccountService.class, BookingService.class, StreamSetupService.class})
class LoginPageBrowserTest extends BrowserTestSupport {

    private Page login(String locale, Viewport viewport) {
        Page page = open("/login", locale, viewport);
        page.locator("vaadin-login-form").waitFor();
        return page;
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void the_login_page_speaks_german_to_a_german_browser(Viewport viewport) {
        Page page = login("de-DE", viewport);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backup Ingest"))).isVisible();
        assertThat(page.getByText("Self-Service-Portal für Ihre Livestreams")).isVisible();
        assertThat(page.getByLabel("Benutzername")).isVisible();
        assertThat(page.getByLabel("Passwort")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page).hasTitle("Anmelden · Backup Ingest");
        screenshot(page, "login-de-" + viewport.name().toLowerCase());
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void the_login_page_speaks_english_to_an_english_browser(Viewport viewport) {
        Page page = login("en-US", viewport);
        assertThat(page.getByText("Self-service portal for your livestreams")).isVisible();
        assertThat(page.getByLabel("Username")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        screenshot(page, "login-en-" + viewport.name().toLowerCase());
    }

    @Test
    void the_language_switch_re_renders_the_page_and_a_wrong_password_is_explained() {
        Page page = login("en-US", Viewport.DESKTOP);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deutsch")).click();
        assertThat(page.getByText("Self-Service-Portal für Ihre Livestreams")).isVisible();

        page.getByLabel("Benutzername").fill("nobody");
        page.getByLabel("Passwort").fill("wrong");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();

        assertThat(page.getByText("Benutzername oder Passwort ist falsch.")).isVisible();
        assertThat(page.url()).endsWith("/login?error");
        screenshot(page, "login-de-error");
    }
}
