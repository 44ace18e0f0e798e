package com.example.backupingest.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.StreamKeys;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue "Portal", acceptance 1 and 4, walked in Chromium against the whole portal: a customer
 * books the add-on, copies the values OBS needs, sees the slots and gets one German mail; and a
 * customer never sees another customer's contents, keys, bookings or mails.
 */
@EndToEndTest
class BookingFlowBrowserTest extends EndToEndSupport {

    // what a customer sees first: the encrypted way (RTMPS; plain RTMP and SRT are the other tabs)
    private static final String PRIMARY = "rtmps://localhost:1945/live";
    private static final String BACKUP = "rtmps://localhost:1946/live";

    @Test
    void customer_books_two_contents_in_parallel_and_gets_four_entrypoints_copyable_keys_and_one_german_mail() {
        E2eAccounts.Login customer = accounts.customer("Nordlicht Events GmbH", 2, 500);
        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));

        go(page, "/booking");
        assertThat(page.locator("h1")).hasText("Backup-Ingest buchen");
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Parallel")).click();
        BookingForms.fill(page, List.of("Hauptbühne", "English"));
        assertThat(page.locator(".quote-summary")).hasText(
                "2 Inhalte × 2 Eingangsserver = 4 Slots; Ihr Streaming-Account hat 2 Livestream-Slots → 2 zusätzliche"
                        + " Slots werden gebucht.");
        // 49 + 2 × 29 = 107,00 € net, 19 % VAT 20,33 €, 127,33 € gross (application.properties).
        assertThat(BookingForms.shown(page.locator(".price-row.subtotal .amount"))).isEqualTo("107,00 €");
        assertThat(BookingForms.shown(page.locator(".price-row").nth(3).locator(".amount"))).isEqualTo("20,33 €");
        assertThat(BookingForms.shown(page.locator(".price-row.total .amount"))).isEqualTo("127,33 €");
        BookingForms.acceptTerms(page);
        BookingForms.confirm(page).click();

        page.waitForURL("**/stream-setup");
        assertThat(page.locator("h1")).hasText("Stream-Einrichtung");
        assertThat(page.locator(".content-card h2")).hasText(new String[] {"Hauptbühne", "English"});
        assertThat(page.locator(".content-card .endpoint")).hasCount(4);
        List<E2eAccounts.StreamKey> keys = accounts.keys(customer.account());
        assertThat(keys).hasSize(4);
        assertThat(page.content()).as("no full key in the page before anything is revealed")
                .doesNotContain(keys.stream().map(E2eAccounts.StreamKey::key).toList());
        Map<String, String> keyByCard = keys.stream().collect(Collectors.toMap(
                k -> k.contentName() + "/" + k.entrypoint(), E2eAccounts.StreamKey::key));
        for (int card = 0; card < 2; card++) {
            Locator content = page.locator(".content-card").nth(card);
            String name = content.locator("h2").textContent();
            for (String entrypoint : List.of("PRIMARY", "BACKUP")) {
                Locator endpoint = content.locator(entrypoint.equals("PRIMARY") ? ".entry-a" : ".entry-b");
                String shownServer = endpoint.locator("vaadin-text-area textarea").first().inputValue();
                assertThat(shownServer).isEqualTo(entrypoint.equals("PRIMARY") ? PRIMARY : BACKUP);
                String key = keyByCard.get(name + "/" + entrypoint);
                Locator copy = endpoint.locator("vaadin-button.copy-button");
                assertThat(copy).hasCount(3); // server, key, full URL
                assertThat(copied(page, copy.nth(0))).isEqualTo(shownServer);
                assertThat(copied(page, copy.nth(1))).isEqualTo(key);
                assertThat(copied(page, copy.nth(2))).isEqualTo(shownServer + "/" + key);
                assertThat(endpoint.locator("vaadin-text-field.stream-key input").inputValue())
                        .isEqualTo(StreamKeys.mask(key));
            }
        }
        assertThat(page.content()).as("copying never puts the key into the page")
                .doesNotContain(keys.stream().map(E2eAccounts.StreamKey::key).toList());

        go(page, "/slots");
        assertThat(page.locator(".headline-figure").first()).hasText("2 Inhalte × 2 Eingangsserver = 4 von 4 Slots");

        waitUntil("the booking mail", Duration.ofSeconds(15), () -> !mailsTo(customer.email()).isEmpty());
        sleep(Duration.ofMillis(1000)); // several more relay cycles: still one
        List<ReceivedMails.Mail> mails = mailsTo(customer.email());
        assertThat(mails).hasSize(1);
        ReceivedMails.Mail mail = mails.getFirst();
        assertThat(mail.subject()).startsWith("Backup-Ingest gebucht: ");
        assertThat(mail.text()).contains("Guten Tag", "Ihre Ingest-URLs", "127,33", PRIMARY, BACKUP);
        for (E2eAccounts.StreamKey key : keys) {
            assertThat(mail.text()).contains(StreamKeys.mask(key.key()));
            assertThat(mail.html()).contains(StreamKeys.mask(key.key()));
            assertThat(mail.bodies()).doesNotContain(key.key());
        }
    }

    @Test
    void a_customer_sees_and_reaches_nothing_of_another_customer() {
        E2eAccounts.Login a = accounts.customer("Alpha Events GmbH", 2, 500);
        E2eAccounts.Login b = accounts.customer("Beta Konzerte AG", 4, 2500);
        var bBooking = accounts.book(b, List.of("Beta Geheimbühne", "Beta Nebensaal"));
        accounts.book(a, List.of("Alpha Bühne"));
        List<String> bSecrets = accounts.keys(b.account()).stream()
                .flatMap(k -> java.util.stream.Stream.of(k.key(), k.contentId(), StreamKeys.mask(k.key()))).distinct()
                .collect(Collectors.toList());
        bSecrets.addAll(List.of(b.company(), b.number(), b.email(), b.username(), bBooking.reference(),
                "Beta Geheimbühne", "Beta Nebensaal"));
        String bContentId = accounts.keys(b.account()).getFirst().contentId();
        waitUntil("B's mail", Duration.ofSeconds(15), () -> !mailsTo(b.email()).isEmpty());

        Page page = signIn(a, "en-US", Viewport.DESKTOP);
        List<String> routes = List.of("/backup-ingest", "/booking", "/stream-setup", "/slots", "/mailbox",
                "/support-access", "/stream-setup?contentId=" + bContentId, "/stream-setup?content=" + bContentId,
                "/booking?account=" + b.account(), "/booking?accountId=" + b.account(),
                "/slots?account=" + b.account(), "/mailbox?to=" + b.email(),
                "/support-access?account=" + b.account(), "/?account=" + b.account());
        for (String route : routes) {
            go(page, route);
            page.waitForTimeout(200);
            assertThat(page.content()).as(route).doesNotContain(bSecrets);
        }
        for (String route : List.of("/stream-setup/" + bContentId, "/booking/" + bBooking.reference(),
                "/support/customers", "/support/audit", "/edge/" + bContentId + "/index.m3u8")) {
            var response = page.request().get(route); // with A's session cookie
            assertThat(response.text()).as(route).doesNotContain(bSecrets);
            assertThat(response.status()).as(route).isIn(200, 403, 404);
        }
        go(page, "/stream-setup");
        assertThat(page.locator(".content-card h2")).hasText(new String[] {"Alpha Bühne"});
        go(page, "/mailbox");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(a.email())).first()).isVisible();

        // A's own session cannot switch into B: the switch URL is for support only.
        var refused = page.request().post("/support/impersonate", com.microsoft.playwright.options.RequestOptions
                .create().setForm(com.microsoft.playwright.options.FormData.create()
                        .set("account", Long.toString(b.account())).set("reason", "x"))
                .setMaxRedirects(0));
        assertThat(refused.status()).isIn(302, 403);
        go(page, "/stream-setup");
        assertThat(page.locator("#impersonation-banner")).not().isVisible();
        assertThat(page.content()).doesNotContain(bSecrets);
        assertThat(accounts.activeContentNames(b.account())).containsExactly("Beta Geheimbühne", "Beta Nebensaal");
    }

    /**
     * Issue "Portal", acceptance 5. The form always keeps one name field (its remove button is
     * disabled), so "no contents" reaches the server as one empty name: the blank-name message.
     * {@code where}: index of the name field, "list" (below the names) or "terms".
     */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            no contents           | de-DE | EMPTY                                   | true  | 0     | Bitte geben Sie einen Namen ein.
            blank name            | en-US | Hauptbühne;BLANK                        | true  | 1     | Please enter a name.
            overlong name         | de-DE | LONG61                                  | true  | 0     | Höchstens 60 Zeichen.
            overlong name         | en-US | Saal;LONG61                             | true  | 1     | At most 60 characters.
            duplicate names       | de-DE | Hauptbühne;HAUPTBÜHNE                   | true  | 1     | Dieser Name wird schon für einen anderen Inhalt verwendet.
            duplicate names       | en-US | Main stage;main stage                   | true  | 1     | This name is already used by another content.
            more contents         | de-DE | Saal 1;Saal 2;Saal 3;Saal 4;Saal 5      | true  | list  | Höchstens 4 Inhalte gleichzeitig.
            more contents         | en-US | Hall 1;Hall 2;Hall 3;Hall 4;Hall 5      | true  | list  | At most 4 contents at the same time.
            terms not accepted    | de-DE | Hauptbühne                              | false | terms | Bitte akzeptieren Sie die Bedingungen, um zu buchen.
            terms not accepted    | en-US | Main stage                              | false | terms | Please accept the terms to book.
            """)
    void bad_input_shows_its_message_at_the_field_and_saves_nothing(String problem, String locale, String names,
            boolean terms, String where, String message) {
        E2eAccounts.Login customer = accounts.customer("Formular Test " + problem, 2, 500);
        Page page = signIn(customer, locale, Viewport.DESKTOP);
        go(page, "/booking");
        BookingForms.fill(page, java.util.Arrays.stream(names.split(";")).map(n -> switch (n) {
            case "EMPTY" -> "";
            case "BLANK" -> "   ";
            case "LONG61" -> "L".repeat(61);
            default -> n;
        }).toList());
        if (terms) {
            BookingForms.acceptTerms(page);
        }
        BookingForms.confirm(page).click();

        Locator shownAt = switch (where) {
            case "list" -> page.locator("#contents-error");
            case "terms" -> page.locator("vaadin-checkbox [slot=error-message]");
            default -> BookingForms.nameField(page, Integer.parseInt(where)).locator("[slot=error-message]");
        };
        assertThat(shownAt).hasText(message);
        assertThat(shownAt).isVisible();
        assertThat(BookingForms.confirm(page)).isEnabled(); // ready for the corrected attempt
        page.waitForTimeout(300);
        assertThat(page.url()).endsWith("/booking");
        assertThat(accounts.count("booking", "account_id", customer.account())).isZero();
        assertThat(accounts.revisions(customer.account())).isZero();
        assertThat(accounts.count("outbox_mail", "recipient", customer.email())).isZero();
        assertThat(accounts.activeContentNames(customer.account())).containsExactly("Livestream");
    }

    @Test
    void a_double_click_on_confirm_books_once_and_sends_one_mail() {
        E2eAccounts.Login customer = accounts.customer("Doppelklick GmbH", 2, 500);
        Page page = signIn(customer, "de-DE", Viewport.DESKTOP);
        go(page, "/booking");
        BookingForms.fill(page, List.of("Hauptbühne"));
        BookingForms.acceptTerms(page);
        BookingForms.confirm(page).dblclick();

        page.waitForURL("**/stream-setup");
        page.waitForTimeout(500);
        assertThat(accounts.count("booking", "account_id", customer.account())).isEqualTo(1);
        assertThat(accounts.revisions(customer.account())).isEqualTo(1);
        assertThat(accounts.count("outbox_mail", "recipient", customer.email())).isEqualTo(1);
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("bereits eine aktive Buchung"))).hasCount(0);
    }

    /** Clicks a copy button and returns what landed on the clipboard. */
    private static String copied(Page page, Locator button) {
        page.evaluate("() => navigator.clipboard.writeText('-')");
        button.click();
        for (int i = 0; i < 100; i++) {
            Object text = page.evaluate("() => navigator.clipboard.readText()");
            if (!"-".equals(text)) {
                return String.valueOf(text);
            }
            page.waitForTimeout(50);
        }
        throw new AssertionError("nothing was copied");
    }
}
