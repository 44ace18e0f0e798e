package com.example.backupingest.portal.deploy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * What a customer walks through in the portal to go live: book the add-on for one content (Booking),
 * then copy each entrypoint's full RTMP URL with its copy button (Stream setup), and the player's
 * embed code (Embed). Everything through the pages, as in Chromium by hand.
 */
record BookedKeys(String primaryServer, String primaryKey, String backupServer, String backupKey) {

    static BookedKeys bookAndCopy(Page page, String contentName) {
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.navigate("/booking");
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Parallel")).click();
        page.locator(".content-row vaadin-text-field").first().locator("input").fill(contentName);
        page.waitForTimeout(600); // the field sends its value after 250 ms; the quote follows
        page.locator("vaadin-checkbox input").check();
        page.locator("vaadin-button.confirm").click();
        page.waitForURL("**/stream-setup");
        Locator card = page.locator(".content-card").filter(new Locator.FilterOptions().setHasText(contentName));
        String primary = copied(page, card.locator(".entry-a vaadin-button.copy-button").nth(2));
        String backup = copied(page, card.locator(".entry-b vaadin-button.copy-button").nth(2));
        return new BookedKeys(server(primary), key(primary), server(backup), key(backup));
    }

    /** The website player's address from the embed code the customer copies into their page. */
    String embeddedPlayerUrl(Page page) {
        page.navigate("/embed");
        return ContainerTopologyIT.iframeSource(copied(page, page.locator(".embed-card .copy-button").nth(1)));
    }

    private static String server(String url) {
        return url.substring(0, url.lastIndexOf('/'));
    }

    private static String key(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
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
