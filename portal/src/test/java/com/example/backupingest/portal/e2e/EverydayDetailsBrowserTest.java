package com.example.backupingest.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The small things a new customer trips over, in Chromium: prices and legible icons on the add-on
 * page, an example (not a value) in an empty name field, a cancel dialog that Enter cannot
 * confirm, a mailbox that keeps the open mail open and shows it whole, the embed code's title in
 * plain UTF-8, no missing favicon, no {@code ?continue} after signing in, the agent's name (not a
 * login) where support acted, a skip link that covers nothing, clear focus rings.
 */
@EndToEndTest
class EverydayDetailsBrowserTest extends EndToEndSupport {

    @Test
    void the_add_on_page_names_the_prices_and_shows_its_icons_at_full_size() {
        E2eAccounts.Login customer = accounts.customer("Preis GmbH", 2, 500);
        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/backup-ingest");

        assertThat(page.locator(".feature").last()).containsText(
                "49,00 € pro Monat, dazu 29,00 € pro Monat je zusätzlichem Livestream-Slot (netto, zzgl. 19 % MwSt.)");
        Locator icons = page.locator(".feature-icon");
        assertThat(icons).hasCount(9);
        for (int i = 0; i < icons.count(); i++) {
            BoundingBox box = icons.nth(i).boundingBox();
            assertThat(box.width).as("icon %d with its padding", i).isGreaterThanOrEqualTo(36);
            double glyph = ((Number) icons.nth(i).evaluate("i => parseFloat(getComputedStyle(i).width)")).doubleValue();
            assertThat(glyph).as("glyph %d", i).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void an_empty_content_name_shows_an_example_that_does_not_read_like_a_value() {
        E2eAccounts.Login customer = accounts.customer("Leer GmbH", 2, 500);
        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/booking");
        assertThat(page.locator(".content-row input").first()).hasAttribute("placeholder", "z. B. Hauptbühne");
        Page english = signIn(customer, "en-US", Viewport.PHONE);
        go(english, "/booking");
        assertThat(english.locator(".content-row input").first()).hasAttribute("placeholder", "e.g. Main stage");
    }

    @Test
    void the_cancel_dialog_focuses_keep_booking_so_that_enter_keeps_it() {
        E2eAccounts.Login customer = accounts.customer("Vorsicht GmbH", 2, 500);
        accounts.book(customer, List.of("Hauptbühne"));
        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/booking");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buchung kündigen")).click();
        Locator keep = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buchung behalten"));
        keep.waitFor();
        page.waitForFunction("() => document.activeElement && document.activeElement.textContent.trim()"
                + " === 'Buchung behalten'");

        page.keyboard().press("Enter");

        assertThat(keep).isHidden();
        page.waitForTimeout(500);
        assertThat(accounts.jdbc().sql("select status from booking where account_id = ?").param(customer.account())
                .query(String.class).single()).isEqualTo("ACTIVE");
        assertThat(page.locator(".pill-success")).hasText("Aktiv");
    }

    @Test
    void clicking_the_open_mail_keeps_it_open_and_its_html_shows_whole() {
        E2eAccounts.Login customer = accounts.customer("Post GmbH", 2, 500);
        accounts.book(customer, List.of("Hauptbühne", "English"));
        waitUntil("the booking mail", Duration.ofSeconds(15), () -> !mailsTo(customer.email()).isEmpty());
        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/mailbox");
        Locator subject = page.locator("vaadin-vertical-layout h2").first();
        assertThat(subject).containsText("Backup-Ingest gebucht");

        Locator grid = page.locator("vaadin-grid").first();
        assertThat(grid.evaluate("g => g.selectedItems.length")).as("the open mail's row is selected").isEqualTo(1);
        // the click's round trip: the server answered it (a deselect would hide the mail then) and is idle again
        page.waitForResponse(r -> r.url().contains("v-r=uidl"), () -> page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Backup-Ingest gebucht")).first().click());
        waitForVaadinIdle(page);

        assertThat(subject).isVisible();
        assertThat(subject).containsText("Backup-Ingest gebucht");
        assertThat(grid.evaluate("g => g.selectedItems.length")).as("the row is still selected").isEqualTo(1);
        Locator frame = page.locator("iframe");
        page.waitForFunction("f => f.contentDocument && f.contentDocument.readyState === 'complete'"
                + " && f.getBoundingClientRect().height >= f.contentDocument.documentElement.scrollHeight",
                frame.elementHandle());
    }

    /** No request of Vaadin's client in flight: every event sent so far has its answer applied. */
    private static void waitForVaadinIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
    }

    @Test
    void a_mail_carrying_a_script_cannot_run_it_in_the_mailbox() throws Exception {
        E2eAccounts.Login customer = accounts.customer("Angriff GmbH", 2, 500);
        var smtp = new java.util.Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(SMTP_PORT));
        var session = jakarta.mail.Session.getInstance(smtp);
        var mail = new jakarta.mail.internet.MimeMessage(session);
        mail.setFrom("angreifer@example.com");
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, customer.email());
        mail.setSubject("Rechnung");
        mail.setContent("<p>Bitte sehen Sie sich die Rechnung an.</p><script>parent.owned = 1;"
                + " parent.document.title = 'owned';</script><img src=\"x\" onerror=\"parent.owned = 2\">",
                "text/html; charset=UTF-8");
        jakarta.mail.Transport.send(mail);
        waitUntil("the mail", Duration.ofSeconds(15), () -> !mailsTo(customer.email()).isEmpty());

        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/mailbox");
        assertThat(page.locator("vaadin-vertical-layout h2").first()).hasText("Rechnung");
        page.waitForFunction("() => { const f = document.querySelector('iframe');"
                + " return f && f.contentDocument && f.contentDocument.body"
                + " && f.contentDocument.body.textContent.includes('Rechnung an'); }");
        page.waitForTimeout(1_000);

        assertThat(page.evaluate("() => window.owned")).as("the mail's script and event handler").isNull();
        assertThat(page.title()).doesNotContain("owned");
        assertThat(page.locator("iframe").getAttribute("sandbox")).isEqualTo("allow-same-origin");
    }

    @Test
    void the_embed_code_names_the_content_in_plain_utf8() {
        E2eAccounts.Login customer = accounts.customer("Umlaut GmbH", 2, 500);
        accounts.book(customer, List.of("Hauptbühne"));
        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/embed");

        String code = page.locator("vaadin-text-area textarea").first().inputValue();
        assertThat(code).contains("title=\"Hauptbühne\"").doesNotContain("&uuml;");
    }

    @Test
    void signing_in_from_a_bookmark_lands_on_a_clean_address_and_nothing_asks_for_a_missing_favicon() {
        E2eAccounts.Login customer = accounts.customer("Lesezeichen GmbH", 2, 500);
        Page page = newContext("de-DE", Viewport.DESKTOP).newPage();
        List<String> missing = new CopyOnWriteArrayList<>();
        page.onResponse(r -> {
            if (r.status() == 404) {
                missing.add(r.url());
            }
        });
        page.navigate("/slots");
        page.waitForURL("**/login");
        page.locator("vaadin-login-form input[name=username]").fill(customer.username());
        page.locator("vaadin-login-form input[name=password]").fill(customer.password());
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> url.contains("/slots"));
        page.locator("h1").first().waitFor();

        assertThat(page.url()).endsWith("/slots");
        assertThat(page.locator("link[rel=icon]")).hasCount(1);
        page.waitForTimeout(500);
        assertThat(missing).as("responses 404").isEmpty();
    }

    @Test
    void where_support_acted_the_customer_reads_the_agents_name_and_no_login() {
        E2eAccounts.Login customer = accounts.customer("Hilfe GmbH", 2, 500);
        E2eAccounts.Login agent = accounts.support("Sam Support");
        Page support = signIn(agent, "de-DE", Viewport.DESKTOP);
        Impersonation.start(support, customer, "Ticket 4711");
        assertThat(support.locator("#impersonation-banner span").first())
                .hasText("Support-Ansicht: Sam Support (Support-Mitarbeiter) handelt im Auftrag von Hilfe GmbH");
        Impersonation.end(support);

        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/support-access");
        Locator grid = page.locator("#support-access-grid");
        assertThat(grid).containsText("Sam Support");
        assertThat(grid).not().containsText(agent.username());
    }

    @Test
    void the_focused_skip_link_takes_its_own_place_and_focus_rings_are_clear() {
        E2eAccounts.Login customer = accounts.customer("Tastatur GmbH", 2, 500);
        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/booking");
        page.locator("body").focus();
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        page.keyboard().press("Tab");
        Locator skip = page.locator(".skip-link");
        assertThat(skip).isFocused();
        BoundingBox link = skip.boundingBox();
        for (Locator other : List.of(page.locator("vaadin-drawer-toggle"), page.locator(".shell-company"))) {
            BoundingBox box = other.boundingBox();
            boolean overlaps = link.x < box.x + box.width && box.x < link.x + link.width
                    && link.y < box.y + box.height && box.y < link.y + link.height;
            assertThat(overlaps).as("skip link over %s", other).isFalse();
        }

        Locator terms = page.locator("vaadin-checkbox").last();
        terms.evaluate("c => c.focus()");
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Tab");
        assertThat(terms).hasAttribute("focus-ring", "");
        String ring = "e => { const s = getComputedStyle(e.shadowRoot.querySelector('[part=%s]'));"
                + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' ' + s.outlineOffset; }";
        String checkboxRing = (String) terms.evaluate(ring.formatted("checkbox"));
        assertThat(checkboxRing).startsWith("solid 3px ");

        // the booking mode's radio buttons: one tab stop, the checked one takes the focus, with the same ring
        // (the group comes right before the first content name: Shift+Tab from there lands on it)
        page.locator(".content-row input").first().focus();
        page.keyboard().press("Shift+Tab");
        Locator radio = page.locator("vaadin-radio-button[focus-ring]");
        assertThat(radio).hasCount(1);
        assertThat(radio).hasAttribute("checked", "");
        assertThat(terms).not().hasAttribute("focus-ring", "");
        assertThat((String) radio.evaluate(ring.formatted("radio"))).isEqualTo(checkboxRing);
    }
}
