package com.example.backupingest.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/** How a user fills the booking form: content names one field each, terms, confirm. */
final class BookingForms {

    private BookingForms() {
    }

    static Locator nameField(Page page, int index) {
        return page.locator(".content-row vaadin-text-field").nth(index);
    }

    /** Types the names into the first, and as many added, fields; waits for the debounced sync. */
    static void fill(Page page, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                page.locator("vaadin-button.content-add").click();
                nameField(page, i).waitFor();
            }
            nameField(page, i).locator("input").fill(names.get(i));
        }
        page.waitForTimeout(600); // the fields send their value after 250 ms; the quote follows
    }

    static void acceptTerms(Page page) {
        page.locator("vaadin-checkbox input").check();
    }

    static Locator confirm(Page page) {
        return page.locator("vaadin-button.confirm");
    }

    /** Amount text as shown, with the narrow and normal no-break spaces of the formats as spaces. */
    static String shown(Locator amount) {
        return amount.textContent().replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }
}
