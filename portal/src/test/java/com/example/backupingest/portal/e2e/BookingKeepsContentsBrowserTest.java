package com.example.backupingest.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 5, walked in Chromium: booking the add-on for an account that already streams a
 * content keeps that content (id, primary key, player page and embed); the content goes only when
 * the customer removes it on purpose, after a warning that its embed and keys stop working.
 */
@EndToEndTest
class BookingKeepsContentsBrowserTest extends EndToEndSupport {

    @Test
    void booking_keeps_the_existing_content_and_removing_it_takes_a_warning() throws Exception {
        E2eAccounts.Login customer = accounts.customer("Bestand AG", 4, 500);
        List<E2eAccounts.StreamKey> before = accounts.keys(customer.account());
        assertThat(before).hasSize(1);
        String contentId = before.getFirst().contentId();
        String primaryKey = before.getFirst().key();
        Page page = signIn(customer, "en-US", Viewport.DESKTOP);

        go(page, "/booking");
        // the form shows the content the account has, with its id: a value, not a placeholder
        assertThat(BookingForms.nameField(page, 0).locator("input")).hasValue("Livestream");
        assertThat(BookingForms.nameField(page, 0)).containsText(contentId);
        BookingForms.nameField(page, 0).locator("input").fill("Main stage"); // renaming keeps it
        page.locator("vaadin-button.content-add").click();
        BookingForms.nameField(page, 1).locator("input").fill("Hall B");
        BookingForms.acceptTerms(page);
        BookingForms.confirm(page).click();
        page.waitForURL("**/stream-setup");

        List<E2eAccounts.StreamKey> booked = accounts.keys(customer.account());
        assertThat(booked).filteredOn(k -> k.contentId().equals(contentId)).extracting(E2eAccounts.StreamKey::contentName)
                .containsOnly("Main stage");
        assertThat(booked).filteredOn(k -> k.contentId().equals(contentId) && k.entrypoint().equals("PRIMARY"))
                .extracting(E2eAccounts.StreamKey::key).containsExactly(primaryKey);
        assertThat(booked).as("primary and backup for both").hasSize(4);
        assertThat(playerPage(contentId)).as("the website embed's player page still knows this content").isEqualTo(200);

        // removing it: only after the warning, and then it is gone
        go(page, "/booking");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove content 1")).click();
        // the warning names what stops working
        assertThat(page.getByText("/player/" + contentId).first()).isVisible();
        assertThat(page.getByText("/player/" + contentId).first()).containsText("stream keys");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep it").setExact(true)).click();
        assertThat(BookingForms.nameField(page, 0).locator("input")).hasValue("Main stage");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove content 1")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove content").setExact(true)).click();
        assertThat(BookingForms.nameField(page, 0).locator("input")).hasValue("Hall B");
        BookingForms.acceptTerms(page);
        BookingForms.confirm(page).click();
        page.waitForURL("**/stream-setup");

        assertThat(accounts.keys(customer.account())).extracting(E2eAccounts.StreamKey::contentId)
                .doesNotContain(contentId);
        assertThat(playerPage(contentId)).as("removed on purpose: the player page no longer knows it").isEqualTo(404);
    }

    private int playerPage(String contentId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/player/" + contentId)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
