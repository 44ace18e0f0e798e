package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.portal.BrowserTestSupport;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.viewers.ViewerCounts;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 11's acceptance 1-4 with real parts: nginx-rtmp and ffmpeg (the demo encoders and the
 * transcoders), three in-process distribution servers on ports of their own, tickets required, the
 * portal's assignment endpoint and seat ledger, and Chromium playing the website player — embedded
 * by a page on another origin (a static page this test serves on its own port) from the snippet the
 * customer copies in the portal's Embed view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:website-player;DB_CLOSE_DELAY=-1",
                "monitor.viewers.edge-ports=0,0,0"})
@ActiveProfiles("test")
@Import(LiveCustomers.class)
class WebsitePlayerAcceptanceTest extends BrowserTestSupport {

    private static final int PORTAL_PORT = FreePort.next();
    private static final LivePipelineProperties PIPELINE = new LivePipelineProperties();
    /**
     * Acceptance 2's viewers that are real website players in Chromium tabs (of 30). Thirty real ones
     * overload two cores: the decoders starve the transcoders and the edges see stalls before any kill.
     */
    private static final int REAL_VIEWERS = Integer.getInteger("it.website.real-viewers", 12);
    private static final AtomicReference<String> SITE_BODY = new AtomicReference<>("");
    private static HttpServer site;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PIPELINE.register(registry);
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("portal.base-url", () -> "http://localhost:" + PORTAL_PORT);
    }

    /** The customer's website: another origin (127.0.0.1 or customer.example, on a port of its own). */
    @BeforeAll
    static void startCustomerSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Customer site</title>"
                    + "</head><body><h1>Our event</h1>" + SITE_BODY.get() + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
    }

    @AfterAll
    static void stopCustomerSite() {
        site.stop(0);
    }

    @Autowired DemoEncoders demo;
    @Autowired JdbcClient jdbc;
    @Autowired LiveCustomers customers;
    @Autowired ViewerCounts counts;

    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void stopEncoders() {
        cleanup.reversed().forEach(Runnable::run);
        cleanup.clear();
        TestAccounts.signOut();
    }

    @Test
    void a_page_on_another_origin_embeds_the_copied_snippet_and_plays_on_through_an_encoder_failure_on_its_edge()
            throws Exception {
        Customer customer = customer("Embed Failover GmbH", 2_500);
        String snippet = copiedSnippet(customer);
        assertThat(snippet).startsWith("<iframe src=\"http://localhost:" + PORTAL_PORT + "/player/" + customer.contentId)
                .contains("allow=\"autoplay; fullscreen\"");
        broadcast(customer);

        SITE_BODY.set(snippet);
        Page page = newContext("en-US", Viewport.DESKTOP).newPage();
        page.navigate(siteUrl("127.0.0.1"));
        Frame player = playerFrame(page);
        waitFor("the embedded player playing", Duration.ofSeconds(60),
                () -> "live".equals(fact(player, "state")) && number(player, "currentTime") > 2);
        String edge = (String) fact(player, "edgeId");
        // an edge switches only to a *clean* source: B must have delivered steadily for 2 segments (4 s)
        page.waitForTimeout(6_000);
        double before = number(player, "currentTime");

        TestAccounts.signIn(customer.user);
        assertThat(demo.kill(customer.contentId, Entrypoint.PRIMARY)).isTrue();
        page.waitForTimeout(10_000);

        double after = number(player, "currentTime");
        double maxStallMs = number(player, "maxStallMs");
        System.out.printf("website player: %.2f s played in the 10 s after the primary encoder died, longest stall"
                + " %.0f ms, edge %s%n", after - before, maxStallMs, edge);
        assertThat(after - before).as("kept playing").isGreaterThan(7.0);
        assertThat(maxStallMs).as("no stall longer than 0.5 s after the start").isLessThanOrEqualTo(500);
        assertThat(fact(player, "edgeId")).as("stays on its edge").isEqualTo(edge);
        assertThat(number(player, "edgeChanges")).isZero();
        screenshot(page, "website-player-after-failover");
    }

    @Test
    void thirty_viewers_of_an_account_with_2500_seats_spread_over_its_three_distribution_servers_and_keep_them()
            throws Exception {
        Customer customer = customer("Spread GmbH", 2_500);
        broadcast(customer);
        String portal = "http://localhost:" + PORTAL_PORT;
        // REAL_VIEWERS website players in Chromium tabs (each tab its own viewer id); the rest, if any,
        // behave like players on the wire (SimulatedViewer)
        List<Page> browsers = new ArrayList<>();
        BrowserContext context = newContext("de-DE", Viewport.PHONE);
        for (int i = 0; i < REAL_VIEWERS; i++) {
            Page page = context.newPage();
            page.navigate("/player/" + customer.contentId);
            browsers.add(page);
        }
        List<SimulatedViewer> viewers = new ArrayList<>();
        cleanup.add(() -> viewers.forEach(SimulatedViewer::close));
        for (int i = REAL_VIEWERS; i < 30; i++) {
            viewers.add(new SimulatedViewer(portal, customer.contentId).start());
        }
        for (Page page : browsers) {
            waitFor("a browser viewer playing", Duration.ofSeconds(60),
                    () -> "live".equals(fact(page.mainFrame(), "state")) && number(page.mainFrame(), "currentTime") > 1);
        }
        waitFor("30 viewers counted", Duration.ofSeconds(20),
                () -> counts.perEdge(customer.contentId).values().stream().mapToInt(Integer::intValue).sum() == 30);
        Map<String, Integer> spread = counts.perEdge(customer.contentId);
        System.out.println("website player: 30 viewers over the distribution servers: " + spread);
        assertThat(spread).containsOnlyKeys("edge-1", "edge-2", "edge-3");
        assertThat(spread.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(12));
        Map<Object, String> edgeOf = new HashMap<>();
        viewers.forEach(v -> edgeOf.put(v, v.edgeId()));
        browsers.forEach(p -> edgeOf.put(p, (String) fact(p.mainFrame(), "edgeId")));
        page(browsers).waitForTimeout(6_000); // the backup clean for two segments
        Map<Page, Double> playedBefore = new HashMap<>();
        browsers.forEach(p -> playedBefore.put(p, number(p.mainFrame(), "currentTime")));

        TestAccounts.signIn(customer.user);
        assertThat(demo.kill(customer.contentId, Entrypoint.PRIMARY)).isTrue();
        page(browsers).waitForTimeout(8_000);

        for (SimulatedViewer viewer : viewers) {
            int segments = viewer.segments.get();
            assertThat(viewer.askAgain()).as("asked again after the failover").isEqualTo(edgeOf.get(viewer));
            waitFor("segments after the failover", Duration.ofSeconds(10), () -> viewer.segments.get() > segments);
        }
        for (Page page : browsers) {
            assertThat(fact(page.mainFrame(), "edgeId")).isEqualTo(edgeOf.get(page));
            assertThat(number(page.mainFrame(), "edgeChanges")).isZero();
            assertThat(number(page.mainFrame(), "currentTime")).as("played on through the failover")
                    .isGreaterThan(playedBefore.get(page) + 2);
        }
        assertThat(counts.perEdge(customer.contentId)).isEqualTo(spread);
    }

    @Test
    void with_two_seats_the_third_viewer_sees_all_seats_taken_and_plays_within_ten_seconds_after_one_leaves()
            throws Exception {
        Customer customer = customer("Two Seats GmbH", 2);
        broadcast(customer);
        BrowserContext context = newContext("en-US", Viewport.DESKTOP);
        Page first = context.newPage();
        first.navigate("/player/" + customer.contentId);
        Page second = context.newPage();
        second.navigate("/player/" + customer.contentId);
        for (Page page : List.of(first, second)) {
            page.locator("#player[data-state=live]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        }

        Page third = context.newPage();
        third.navigate("/player/" + customer.contentId);
        third.locator("#player[data-state=seats-full]").waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        assertThat(third.getByRole(AriaRole.STATUS).textContent()).contains("All seats are taken");
        assertThat(third.locator("video").isVisible()).as("no broken video element").isFalse();
        screenshot(third, "website-player-seats-full");

        first.close();
        long closed = System.nanoTime();
        third.locator("#player[data-state=live]").waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        long playsMs = (System.nanoTime() - closed) / 1_000_000;
        System.out.printf("website player: the third viewer plays %d ms after one of two closed its tab%n", playsMs);
        assertThat(playsMs).isLessThanOrEqualTo(10_000);
        waitFor("the third viewer's video advancing", Duration.ofSeconds(20),
                () -> number(third.mainFrame(), "currentTime") > 1);
    }

    @Test
    void with_the_domain_list_customer_example_another_origin_sees_the_refusal_and_bad_entries_save_nothing() {
        Customer customer = customer("Domain List GmbH", 100);
        Page portal = signIn(customer);
        portal.navigate("/embed");
        Locator domains = portal.locator("vaadin-text-area.embed-domains textarea");
        Locator save = portal.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save allowed domains"));
        for (String bad : List.of("https://customer.example", "customer.example/path", "customer.example:8080",
                "*.", "localhost", "192.0.2.1", "cust omer.example", "-customer.example", "customer..example",
                "customer_example.com")) {
            domains.fill("shop.example\n" + bad);
            save.click();
            portal.locator("vaadin-text-area.embed-domains[invalid]").waitFor();
            assertThat(portal.locator("vaadin-text-area.embed-domains").getAttribute("aria-invalid")
                    + portal.locator("vaadin-text-area.embed-domains [slot=error-message]").textContent())
                    .as(bad).contains(bad.trim());
            assertThat(savedDomains(customer.contentId)).as("nothing saved for " + bad).isEmpty();
        }
        domains.fill("Customer.Example");
        save.click();
        waitFor("saved", Duration.ofSeconds(5), () -> savedDomains(customer.contentId).equals(List.of("customer.example")));

        SITE_BODY.set(embed(customer.contentId));
        Page elsewhere = newContext("de-DE", Viewport.DESKTOP).newPage();
        elsewhere.navigate(siteUrl("127.0.0.1"));
        Frame refused = playerFrame(elsewhere);
        refused.locator("[data-state=refused]").waitFor();
        assertThat(refused.locator("body").textContent()).contains("darf hier nicht eingebettet werden");
        screenshot(elsewhere, "website-player-refused");

        Page allowed = newContext("en-US", Viewport.DESKTOP).newPage();
        allowed.navigate(siteUrl("customer.example"));
        Frame player = playerFrame(allowed);
        player.locator("#player[data-state=not-live-yet]").waitFor();
        assertThat(player.locator("body").textContent()).contains("not live yet");
    }

    private record Customer(PortalUser user, String contentId) {
    }

    private Customer customer(String company, int seats) {
        PortalUser user = customers.signedInWithParallelBooking(company, Locale.ENGLISH);
        jdbc.sql("update account set viewer_seats = ? where id = ?").params(seats, user.accountId()).update();
        String contentId = customers.contentId();
        TestAccounts.signOut();
        return new Customer(user, contentId);
    }

    /** Both demo encoders publish; returns once both entrypoints receive and the assignment says live. */
    private void broadcast(Customer customer) throws InterruptedException {
        TestAccounts.signIn(customer.user);
        demo.start(customer.contentId);
        TestAccounts.signOut();
        cleanup.add(() -> {
            TestAccounts.signIn(customer.user);
            demo.stop(customer.contentId);
        });
    }

    /** Signs in, opens the Embed view and copies the iframe snippet with its copy button. */
    private String copiedSnippet(Customer customer) {
        Page page = signIn(customer);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.navigate("/embed");
        page.locator(".embed-card .copy-button").nth(1).click();
        return (String) page.evaluate("() => navigator.clipboard.readText()");
    }

    private Page signIn(Customer customer) {
        Page page = open("/login", "en-US", Viewport.DESKTOP);
        page.locator("vaadin-login-form input[name=username]").fill(customer.user.getUsername());
        page.locator("vaadin-login-form input[name=password]").fill("unused");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL("**/backup-ingest");
        return page;
    }

    private List<String> savedDomains(String contentId) {
        return jdbc.sql("select domain from embed_domain where content_id = ? order by domain").param(contentId)
                .query(String.class).list();
    }

    private static String embed(String contentId) {
        return "<iframe src=\"http://localhost:" + PORTAL_PORT + "/player/" + contentId
                + "\" width=\"640\" height=\"360\" allow=\"autoplay; fullscreen\" allowfullscreen></iframe>";
    }

    private static String siteUrl(String host) {
        return "http://" + host + ":" + site.getAddress().getPort() + "/";
    }

    private static Frame playerFrame(Page page) {
        page.waitForSelector("iframe");
        Frame frame = page.locator("iframe").elementHandle().contentFrame();
        frame.waitForLoadState();
        return frame;
    }

    private static Page page(List<Page> pages) {
        return pages.getFirst();
    }

    private static Object fact(Frame frame, String name) {
        return frame.evaluate("name => window.__player ? window.__player[name] : null", name);
    }

    private static double number(Frame frame, String name) {
        Object value = fact(frame, name);
        return value instanceof Number n ? n.doubleValue() : -1;
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                .pollInterval(Duration.ofMillis(250)).until(condition::getAsBoolean);
    }
}
