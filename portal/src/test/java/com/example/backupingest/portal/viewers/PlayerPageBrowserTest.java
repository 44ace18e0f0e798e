package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.portal.Axe;
import com.example.backupingest.portal.BrowserTestSupport;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import com.example.backupingest.portal.security.PublicHttpTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The website player in Chromium: a real HLS stream (ffmpeg) on two stand-in edges, the real
 * player page, and fixed answers of the assignment endpoint ({@link FakeAssignments}).
 */
@PublicHttpTest
class PlayerPageBrowserTest extends BrowserTestSupport {

    @TempDir
    static Path media;
    static TestHlsStream stream;

    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired EmbedDomainRepository domains;

    private String contentId;
    private TestEdgeServer edge1;
    private TestEdgeServer edge2;

    @BeforeAll
    static void startStream() throws Exception {
        stream = TestHlsStream.start(media);
    }

    @AfterAll
    static void stopStream() throws Exception {
        stream.close();
    }

    @BeforeEach
    void contentAndEdges() throws Exception {
        long account = new TestAccounts(jdbc, provisioning).customer("Player Browser AG", 2, 800).accountId();
        contentId = jdbc.sql("select content_id from content where account_id = ?").param(account)
                .query(String.class).list().getFirst();
        edge1 = new TestEdgeServer("edge-1", stream.folder());
        edge2 = new TestEdgeServer("edge-2", stream.folder());
    }

    @AfterEach
    void stopEdges() {
        edge1.close();
        edge2.close();
    }

    /** The player page, once it plays and its video has advanced a second. */
    private Page playing(String locale, FakeAssignments assignments) {
        Page page = player(locale, assignments);
        awaitState(page, "live");
        awaitAdvance(page, 1, 15_000);
        return page;
    }

    private Page player(String locale, FakeAssignments assignments) {
        BrowserContext context = newContext(locale, Viewport.PHONE);
        assignments.install(context);
        Page page = context.newPage();
        page.navigate("/player/" + contentId);
        return page;
    }

    private static void awaitState(Page page, String state) {
        page.waitForSelector("#player[data-state='" + state + "']");
    }

    private static Object facts(Page page, String expression) {
        return page.evaluate("() => window.__player." + expression);
    }

    private static double currentTime(Page page) {
        return ((Number) facts(page, "currentTime")).doubleValue();
    }

    /** Playing: the video's time advances by {@code seconds} from now. */
    private static void awaitAdvance(Page page, double seconds, double timeoutMs) {
        page.waitForFunction("([from, by]) => window.__player.currentTime > from + by",
                List.of(currentTime(page), seconds), new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
    }

    private static String message(Page page) {
        return page.locator(".message-text").innerText();
    }

    @Test
    void not_live_yet_says_so_shows_when_it_retries_and_asks_again() {
        FakeAssignments assignments = new FakeAssignments(r -> Assignment.waiting(Assignment.NOT_LIVE_YET, 2));
        Page page = player("en-US", assignments);

        awaitState(page, "not-live-yet");
        assertThat(message(page)).isEqualTo("This stream is not live yet");
        assertThat(page.locator(".countdown").innerText()).matches("Retrying in [12] s");
        assertThat(page.locator("video").isHidden()).isTrue();
        assertThat(page.locator(".controls").isHidden()).isTrue();
        screenshot(page, "player-not-live-yet");
        page.waitForCondition(() -> assignments.requests().size() >= 2);
        assertThat(assignments.requests()).extracting(FakeAssignments.Request::viewer)
                .allMatch(id -> id.matches("[A-Za-z0-9_-]{22}")).containsOnly(assignments.requests().getFirst().viewer());
    }

    @Test
    void live_plays_muted_with_a_visible_unmute_button_and_answers_the_keyboard_in_german() {
        FakeAssignments assignments = new FakeAssignments(r -> Assignment.live("edge-1", edge1.master("t1")));
        Page page = player("de-DE", assignments);

        awaitState(page, "live");
        awaitAdvance(page, 2, 15_000);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
        assertThat(page.locator("video").evaluate("v => v.muted")).isEqualTo(true);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Ton an")).first().isVisible()).isTrue();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Vollbild")).isVisible()).isTrue();
        assertThat(facts(page, "edgeId")).isEqualTo("edge-1");
        screenshot(page, "player-live-de");
        assertThat(Axe.violations(page)).as("axe violations of the playing player").isEmpty();

        page.keyboard().press("m");
        assertThat(page.locator("video").evaluate("v => v.muted")).isEqualTo(false);
        assertThat(page.locator(".unmute-big").isHidden()).isTrue();
        page.keyboard().press("k");
        assertThat(page.locator("video").evaluate("v => v.paused")).isEqualTo(true);
        page.keyboard().press("k");
        page.waitForFunction("() => !document.querySelector('video').paused");

        // Responsive down to 320 px: nothing sticks out sideways.
        page.setViewportSize(320, 200);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(320);
        BoundingBox fullscreen = page.locator("[data-action=fullscreen]").boundingBox();
        assertThat(fullscreen.x + fullscreen.width).isLessThanOrEqualTo(320);
        assertThat(((Number) facts(page, "maxStallMs")).doubleValue()).isLessThan(1000);
    }

    @Test
    void the_viewer_chooses_a_quality_among_those_the_master_offers() {
        FakeAssignments assignments = new FakeAssignments(r -> Assignment.live("edge-1", edge1.master("t1")));
        Page page = playing("en-US", assignments);
        assertThat(page.evaluate("() => [...document.querySelectorAll('select[data-action=quality] option')]"
                + ".map(o => o.value + (o.disabled ? ':off' : ':on'))"))
                .isEqualTo(List.of("auto:on", "original:on", "480p:off", "360p:on"));

        page.selectOption("select[data-action=quality]", "360p");
        page.waitForFunction("() => window.__player.level === '360p'");
        awaitAdvance(page, 1, 10_000);
        page.selectOption("select[data-action=quality]", "original");
        page.waitForFunction("() => window.__player.level === 'original'");
        page.selectOption("select[data-action=quality]", "auto");
        page.waitForFunction("() => window.__player.level === 'auto'");
    }

    @Test
    void all_seats_taken_says_so_and_plays_once_a_seat_is_free() {
        FakeAssignments assignments = new FakeAssignments(r -> Assignment.waiting(Assignment.SEATS_FULL, 1));
        Page page = player("en-US", assignments);

        awaitState(page, "seats-full");
        assertThat(message(page)).isEqualTo("All seats are taken");
        assertThat(page.locator(".countdown").innerText()).startsWith("Retrying in");
        assignments.answer(r -> Assignment.live("edge-1", edge1.master("t1")));

        awaitState(page, "live");
        awaitAdvance(page, 1, 15_000);
    }

    @Test
    void too_many_tickets_from_one_network_says_so_in_german_and_plays_once_the_limit_lets_it() {
        FakeAssignments assignments = new FakeAssignments(r -> Assignment.waiting(Assignment.BUSY, 1));
        Page page = player("de-DE", assignments);

        awaitState(page, "busy");
        assertThat(message(page)).isEqualTo("Gerade starten sehr viele Zuschauer aus Ihrem Netzwerk");
        assertThat(page.locator("video").isVisible()).isFalse();
        assignments.answer(r -> Assignment.live("edge-1", edge1.master("t1")));

        awaitState(page, "live");
        awaitAdvance(page, 1, 15_000);
    }

    @Test
    void an_ended_broadcast_says_so_without_a_video_and_stops_asking() {
        FakeAssignments assignments = new FakeAssignments(r -> Assignment.waiting(Assignment.ENDED, 0));
        Page page = player("en-US", assignments);

        awaitState(page, "ended");
        assertThat(message(page)).isEqualTo("The broadcast has ended");
        assertThat(page.locator("video").isHidden()).isTrue();
        page.waitForTimeout(1500);
        assertThat(assignments.requests()).hasSize(1);
    }

    @Test
    void when_the_playlist_ends_the_player_asks_and_says_the_broadcast_has_ended(@TempDir Path folder) throws Exception {
        try (TestHlsStream ending = TestHlsStream.startFor(folder, Duration.ofSeconds(8));
                TestEdgeServer edge3 = new TestEdgeServer("edge-3", ending.folder())) {
            AtomicInteger asked = new AtomicInteger();
            FakeAssignments assignments = new FakeAssignments(r -> asked.getAndIncrement() == 0
                    ? Assignment.live("edge-3", edge3.master("t1")) : Assignment.waiting(Assignment.ENDED, 0));
            Page page = player("en-US", assignments);
            awaitState(page, "live");

            page.waitForSelector("#player[data-state='ended']", new Page.WaitForSelectorOptions().setTimeout(30_000));

            assertThat(message(page)).isEqualTo("The broadcast has ended");
            assertThat(assignments.requests()).hasSize(2);
        }
    }

    @Test
    void when_its_edge_dies_the_player_asks_for_another_and_plays_on_within_5_s() {
        FakeAssignments assignments = new FakeAssignments(r -> "edge-1".equals(r.avoid())
                ? Assignment.live("edge-2", edge2.master("t9")) : Assignment.live("edge-1", edge1.master("t1")));
        Page page = player("en-US", assignments);
        awaitState(page, "live");
        awaitAdvance(page, 2, 15_000);

        edge1.close();
        long killed = System.nanoTime();
        page.waitForFunction("() => window.__player.edgeId === 'edge-2'", null,
                new Page.WaitForFunctionOptions().setTimeout(5000));
        awaitAdvance(page, 0.5, 5000 - (System.nanoTime() - killed) / 1e6);

        double recoveredSeconds = (System.nanoTime() - killed) / 1e9;
        System.out.printf("edge died: playing on edge-2 after %.2f s, longest stall %.0f ms%n", recoveredSeconds,
                ((Number) facts(page, "maxStallMs")).doubleValue());
        assertThat(recoveredSeconds).isLessThan(5);
        assertThat(facts(page, "edgeChanges")).isEqualTo(1);
        assertThat(assignments.requests().getLast().avoid()).isEqualTo("edge-1");
    }

    @Test
    void an_edge_that_answers_errors_for_a_moment_keeps_its_viewer() {
        FakeAssignments assignments = new FakeAssignments(r -> "edge-1".equals(r.avoid())
                ? Assignment.live("edge-2", edge2.master("t9")) : Assignment.live("edge-1", edge1.master("t1")));
        Page page = player("en-US", assignments);
        awaitState(page, "live");
        awaitAdvance(page, 2, 15_000);

        edge1.missPlaylistsFor(Duration.ofMillis(1500));
        page.waitForTimeout(3000);
        awaitAdvance(page, 1, 5000);

        assertThat(facts(page, "edgeId")).isEqualTo("edge-1");
        assertThat(facts(page, "edgeChanges")).isEqualTo(0);
        assertThat(assignments.requests()).hasSize(1); // retried in place, not even a new ticket
        assertThat(((Number) facts(page, "maxStallMs")).doubleValue()).isLessThan(500);
    }

    @Test
    void a_lapsed_seat_403_gets_a_new_ticket_on_the_same_edge() {
        FakeAssignments assignments = new FakeAssignments(r -> Assignment.live("edge-1", edge1.master("t1")));
        Page page = playing("en-US", assignments);
        assignments.answer(r -> Assignment.live("edge-1", edge1.master("t2")));

        edge1.revoke("t1");
        page.waitForCondition(() -> assignments.requests().size() >= 2);
        awaitAdvance(page, 1, 10_000);

        assertThat(assignments.requests().get(1).avoid()).isNull();
        assertThat(facts(page, "edgeId")).isEqualTo("edge-1");
        assertThat(facts(page, "edgeChanges")).isEqualTo(0);
    }

    @Test
    void another_site_embeds_the_player_anywhere_until_domains_are_listed_then_sees_the_refusal() {
        FakeAssignments assignments = new FakeAssignments(r -> Assignment.live("edge-1", edge1.master("t1")));
        String site = edge2.page("embed.html", "<!DOCTYPE html><html><body><h1>Another site</h1>"
                + "<iframe src=\"http://localhost:" + port + "/player/" + contentId + "\" width=\"640\" height=\"360\""
                + " allow=\"autoplay; fullscreen\" allowfullscreen style=\"border:0\" title=\"Stream\"></iframe></body></html>");
        BrowserContext context = newContext("en-US", Viewport.DESKTOP);
        assignments.install(context);
        Page page = context.newPage();

        page.navigate(site);
        FrameLocator player = page.frameLocator("iframe");
        player.locator("#player[data-state='live']").waitFor();

        domains.replace(contentId, List.of("customer.example"), Actor.customer("test"), Instant.now());
        page.reload();
        player = page.frameLocator("iframe");
        player.locator("#player[data-state='refused']").waitFor();
        assertThat(player.locator(".message-text").innerText()).isEqualTo("This player may not be embedded here");
        com.microsoft.playwright.Frame refusal = page.frames().stream().filter(f -> f.url().contains("/player/"))
                .findFirst().orElseThrow();
        assertThat(Axe.violations(refusal)).as("axe violations of the refusal page").isEmpty();
    }
}
