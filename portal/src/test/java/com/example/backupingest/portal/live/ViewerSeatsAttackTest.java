package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.TicketKeys;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.portal.BrowserTestSupport;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.viewers.ViewerCounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 15, points 1 and 2, played by an attacker over real HTTP against real parts: nginx-rtmp and
 * ffmpeg (the demo encoders and the transcoders), the in-process edges behind their nginx front (as
 * the edge hosts run), the portal's assignment endpoint and seat ledger, Chromium. The attacker sits
 * on 127.0.0.2 (Linux routes all of 127/8 to lo; its sockets are bound to it), real players on
 * 127.0.0.1 (Chromium) and 127.0.0.3 and up (players on the wire). The front resolves the client
 * address, the Java edge believes only its front, the portal trusts no proxy (a forged
 * X-Forwarded-For changes nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:viewer-attack;DB_CLOSE_DELAY=-1",
                "monitor.front.enabled=true", "monitor.front.listen-address=127.0.0.1",
                // short enough to watch a few renewals of the Live page's preview ticket
                "monitor.viewers.preview-validity=6s",
                // a reverse proxy in front of the portal on 127.0.0.1 (as a deployment configures its proxy)
                "server.tomcat.remoteip.internal-proxies=127.0.0.1/32"})
@ActiveProfiles("test")
@Import(LiveCustomers.class)
class ViewerSeatsAttackTest extends BrowserTestSupport {

    /** Taken when the context starts, not when the class loads: a busy machine reuses a port soon. */
    private static int portalPort;
    private static int frontPort;
    private static final KeyPair PORTAL_KEYS = TicketKeys.generate();
    private static final String ATTACKER = "127.0.0.2";
    /**
     * No more than the assignment burst: were an assignment to hold a seat (the original bug), the
     * attacker's granted tickets alone would fill them and lock the real players out.
     */
    private static final int SEATS = 100;
    private static final Pattern MASTER = Pattern.compile("\"master\"\\s*:\\s*\"([^\"]+)\"");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        portalPort = FreePort.next();
        frontPort = FreePort.next();
        new LivePipelineProperties().register(registry);
        registry.add("server.port", () -> portalPort);
        registry.add("portal.base-url", () -> "http://localhost:" + portalPort);
        registry.add("monitor.front.port", () -> frontPort);
        // players are sent to the edges' nginx front, as to an edge host
        registry.add("portal.viewers.edge-urls", () -> "http://127.0.0.1:" + frontPort);
        registry.add("portal.viewers.ticket-private-key", () -> TicketKeys.text(PORTAL_KEYS.getPrivate()));
    }

    @Autowired DemoEncoders demo;
    @Autowired JdbcClient jdbc;
    @Autowired LiveCustomers customers;
    @Autowired ViewerCounts counts;

    private final List<Runnable> cleanup = new ArrayList<>();
    private final HttpClient attacker = client(ATTACKER);

    @AfterEach
    void stop() {
        cleanup.reversed().forEach(Runnable::run);
        cleanup.clear();
        TestAccounts.signOut();
    }

    @Test
    void five_hundred_forged_assignments_and_playlist_loads_from_one_address_leave_every_real_player_playing()
            throws Exception {
        PortalUser owner = customer("Town Hall AG", SEATS);
        String content = contentOf(owner);
        broadcast(owner, content);
        String assign = "http://127.0.0.1:" + portalPort + "/player/api/" + content + "/assign?viewer=";
        waitFor("the broadcast on air", Duration.ofSeconds(60),
                () -> send(client("127.0.0.9"), assign + "probe-viewer-0001").body().contains("\"live\""));

        // the attack runs while real players start
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> granted = new CopyOnWriteArrayList<>();
        long attackStart = System.nanoTime();
        Thread attack = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 500; i++) {
                // a forged X-Forwarded-For per request: the portal trusts no proxy, so it changes nothing
                HttpResponse<String> answer = send(attacker, HttpRequest.newBuilder(URI.create(assign
                        + "forged-" + UUID.randomUUID().toString().replace("-", ""))).header("X-Forwarded-For",
                        "198.51.100." + (i % 250)));
                statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                Matcher master = MASTER.matcher(answer.body());
                if (master.find()) {
                    granted.add(master.group(1));
                }
            }
        });
        Page chromium = newContext("en-US", Viewport.DESKTOP).newPage();
        chromium.navigate("/player/" + content);
        List<SimulatedViewer> viewers = new ArrayList<>();
        cleanup.add(() -> viewers.forEach(SimulatedViewer::close));
        for (int i = 3; i <= 8; i++) {
            viewers.add(new SimulatedViewer("http://127.0.0.1:" + portalPort, content, "127.0.0." + i).start());
        }
        attack.join(Duration.ofSeconds(120));
        double seconds = (System.nanoTime() - attackStart) / 1e9;

        System.out.printf("viewer attack: 500 assignments from %s in %.1f s answered %s; %d tickets%n", ATTACKER,
                seconds, statuses, granted.size());
        // the burst of 100, plus 10 a second refilled while the attack ran
        int allowance = 100 + (int) Math.ceil(seconds * 10);
        assertThat(granted).as("at most the burst plus the refill").hasSizeBetween(100, allowance);
        assertThat(statuses.get(429)).as("the rest: busy").hasValue(500 - granted.size());
        assertThat(counts.perClient(owner.accountId())).as("tickets alone hold no seat").doesNotContainKey(ATTACKER);

        // forged playlist loads: invented tickets, another key's, a tampered payload, and real players' copied tickets
        TicketIssuer otherKey = TicketIssuer.random(Clock.systemUTC());
        String real = viewers.getFirst().master();
        List<String> forged = new ArrayList<>();
        for (int i = 0; i < 125; i++) {
            forged.add(edgeUrl(content, "AAAA" + i + "~" + "B".repeat(86)));
            forged.add(edgeUrl(content, otherKey.issue(content, "edge-1", "forged-" + i, TicketKind.VIEWER)));
            forged.add(edgeUrl(content, tampered(granted.get(i % granted.size()))));
            forged.add(viewers.get(i % viewers.size()).master());
        }
        for (String url : forged) {
            for (String file : List.of("master.m3u8", "360p/index.m3u8")) {
                int status = send(attacker, url.replace("master.m3u8", file)).statusCode();
                assertThat(status).as(file + " of " + url).isEqualTo(403);
            }
        }
        assertThat(counts.perClient(owner.accountId())).as("forged loads hold no seat").doesNotContainKey(ATTACKER);

        // every real player plays: Chromium and the players on the wire, each from its own address
        waitFor("the Chromium player playing", Duration.ofSeconds(60),
                () -> "live".equals(fact(chromium, "state")) && number(chromium, "currentTime") > 2);
        for (SimulatedViewer viewer : viewers) {
            int before = viewer.segments.get();
            waitFor("a player on the wire fetching segments", Duration.ofSeconds(30),
                    () -> viewer.segments.get() >= before + 2);
            assertThat(viewer.state()).isEqualTo("live");
        }
        assertThat(send(client("127.0.0.3"), real).statusCode()).as("the real player's own ticket still works")
                .isEqualTo(200);
        assertThat(counts.ofAccount(owner.accountId()))
                .as("Chromium and the six players on the wire, one spare for a reassignment; nothing of the attacker's")
                .isBetween(7, 8);

        // an attacker who really plays (a bot farm behind one address) takes seats, at most as fast as the
        // limit gives tickets, and the Live page names its address
        List<String> played = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Matcher master = MASTER.matcher(send(attacker, assign + "bot-" + i + "-" + UUID.randomUUID()
                    .toString().replace("-", "")).body());
            if (master.find()) {
                played.add(master.group(1));
            }
        }
        assertThat(played).as("the bucket refilled meanwhile").hasSizeGreaterThanOrEqualTo(60);
        AtomicBoolean playing = new AtomicBoolean(true);
        cleanup.add(() -> playing.set(false));
        for (String master : played) {
            Thread.ofVirtual().start(() -> {
                send(attacker, master);
                while (playing.get()) {
                    send(attacker, master.replace("master.m3u8", "360p/index.m3u8"));
                    sleep(Duration.ofSeconds(2));
                }
            });
        }
        waitFor("the attacker's seats counted", Duration.ofSeconds(20),
                () -> counts.perClient(owner.accountId()).getOrDefault(ATTACKER, 0) >= played.size() - 3);
        Page live = signIn(owner, "de-DE");
        live.navigate("/live/" + content);
        Locator crowded = live.locator(".live-viewers-crowded-client[data-client='" + ATTACKER + "']");
        crowded.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        assertThat(crowded.textContent()).contains("Netzwerkadresse (" + ATTACKER + ")")
                .contains("Ihrer " + SEATS + " Zuschauerplätze");
        assertThat(live.locator(".live-viewers-crowded-client").count()).as("only the attacker").isEqualTo(1);
        assertThat(live.locator(".live-viewers-crowded").getAttribute("role")).isEqualTo("status");
        screenshot(live, "live-crowded-client");
        assertThat(fact(chromium, "state")).as("the real player still plays").isEqualTo("live");
    }

    @Test
    void a_ticket_copied_to_another_address_is_refused_at_the_front_and_the_edge_while_its_player_plays_on()
            throws Exception {
        PortalUser owner = customer("Copy GmbH", 20);
        String content = contentOf(owner);
        broadcast(owner, content);
        SimulatedViewer viewer = new SimulatedViewer("http://127.0.0.1:" + portalPort, content, "127.0.0.4");
        cleanup.add(viewer::close);
        waitFor("the broadcast on air", Duration.ofSeconds(60), () -> {
            viewer.askAgain();
            return "live".equals(viewer.state());
        });
        viewer.start();
        waitFor("the viewer playing", Duration.ofSeconds(30), () -> viewer.segments.get() >= 2);
        String copied = viewer.master();

        // the copy from another address: master (Java) and media (nginx would serve a link of 127.0.0.4 only)
        assertThat(send(attacker, copied).statusCode()).isEqualTo(403);
        HttpResponse<String> media = send(attacker, copied.replace("master.m3u8", "360p/index.m3u8"));
        assertThat(media.statusCode()).isEqualTo(403);
        assertThat(media.headers().firstValue("X-Served-From")).as("never from the mirror").isEmpty();
        // a forged client-address header from the attacker does not pass either
        assertThat(send(attacker, HttpRequest.newBuilder(URI.create(copied.replace("master.m3u8",
                "360p/index.m3u8"))).header("X-Forwarded-For", "127.0.0.4")).statusCode()).isEqualTo(403);
        int before = viewer.segments.get();
        waitFor("the real player playing on", Duration.ofSeconds(20), () -> viewer.segments.get() >= before + 2);
        assertThat(viewer.failures.get()).isZero();
    }

    @Test
    void behind_a_trusted_reverse_proxy_each_client_it_names_gets_its_own_allowance_and_nobody_else_may_name_one()
            throws Exception {
        PortalUser owner = customer("Proxy SE", 1_000);
        String content = contentOf(owner);
        broadcast(owner, content);
        String assign = "http://127.0.0.1:" + portalPort + "/player/api/" + content + "/assign?viewer=";
        HttpClient proxy = client("127.0.0.1");
        waitFor("the broadcast on air", Duration.ofSeconds(60), () -> send(proxy, HttpRequest.newBuilder(URI.create(
                assign + "probe-viewer-0002")).header("X-Forwarded-For", "203.0.113.99")).body().contains("\"live\""));

        int office = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            office += send(proxy, HttpRequest.newBuilder(URI.create(assign + "office-" + i + "-viewer"))
                    .header("X-Forwarded-For", "198.51.100.23, 203.0.113.7")).statusCode() == 200 ? 1 : 0;
        }
        HttpResponse<String> elsewhere = send(proxy, HttpRequest.newBuilder(URI.create(assign + "home-viewer-01"))
                .header("X-Forwarded-For", "203.0.113.8"));

        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(office).as("203.0.113.7 (the rightmost address the proxy added): its burst and the refill")
                .isBetween(100, 100 + (int) Math.ceil(seconds * 10));
        assertThat(office).as("more than 100 refused").isLessThan(200);
        assertThat(elsewhere.statusCode()).as("another client behind the same proxy").isEqualTo(200);
    }

    @Test
    void the_open_live_page_renews_its_short_lived_preview_ticket_and_a_stolen_one_stops_working() throws Exception {
        PortalUser owner = customer("Preview KG", 10);
        String content = contentOf(owner);
        broadcast(owner, content);
        Page live = signIn(owner, "en-US");
        List<String> violations = watchContentSecurityPolicy(live);
        live.navigate("/live/" + content);
        Locator player = live.locator("hls-player");
        player.waitFor();
        String first = ticketIn(player.getAttribute("src"));
        waitFor("the preview playing", Duration.ofSeconds(90), () -> previewTime(live) > 1);
        double before = previewTime(live);

        Thread.sleep(15_000); // two and a half preview lives (6 s)

        double played = previewTime(live) - before;
        String renewed = player.getAttribute("ticket");
        System.out.printf("preview: %.1f s played in 15 s across renewals of a 6 s ticket%n", played);
        assertThat(played).as("played on through the renewals").isGreaterThan(11);
        assertThat(renewed).isNotNull().isNotEqualTo(first);
        String stolen = "http://127.0.0.1:" + portalPort + "/edge/" + content + "/edge-1/v/" + first
                + "/360p/index.m3u8";
        assertThat(send(client("127.0.0.1"), stolen).statusCode()).as("the first ticket expired").isEqualTo(403);
        // a ticket is bound to the address of its first load: replay one the browser has loaded already
        String current = stolen.replace(first, ticketTheBrowserLoaded(live, first));
        assertThat(send(attacker, current).statusCode()).as("the current one, replayed elsewhere").isEqualTo(403);

        // the preview really played (hls.js, blob: media, the edge origin, renewals) inside the portal's CSP
        assertThat(violations).as("no Content-Security-Policy violation while the preview plays").isEmpty();
        // the watch itself works: a foreign image is blocked and reported
        live.evaluate("new Image().src = 'https://foreign.example/pixel.png'");
        live.waitForTimeout(500);
        assertThat(violations).isNotEmpty().anySatisfy(v -> assertThat(v).contains("foreign.example"));
    }

    /**
     * Collects Chromium's console reports of Content-Security-Policy violations and the page's
     * {@code securitypolicyviolation} events (as ContentSecurityPolicyBrowserTest does) from the next
     * navigation on.
     */
    private static List<String> watchContentSecurityPolicy(Page page) {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        page.context().addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        return violations;
    }

    /**
     * The ticket of the page's latest load that is not {@code old} (pumping Playwright's events while
     * waiting): the open page renews its ticket every few seconds, so the one it loaded last is current.
     */
    private static String ticketTheBrowserLoaded(Page page, String old) {
        List<String> tickets = new CopyOnWriteArrayList<>();
        Pattern ticket = Pattern.compile("/v/([^/]+)/");
        page.onRequest(request -> {
            Matcher m = ticket.matcher(request.url());
            if (m.find() && !m.group(1).equals(old)) {
                tickets.add(m.group(1));
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (tickets.isEmpty()) {
            assertThat(System.nanoTime()).as("the browser loading with a renewed ticket").isLessThan(deadline);
            page.waitForTimeout(100);
        }
        return tickets.getLast();
    }

    private static String ticketIn(String url) {
        return url.replaceAll(".*/v/([^/]+)/master\\.m3u8$", "$1");
    }

    private static double previewTime(Page page) {
        Object time = page.evaluate("() => window.__livePlayers && window.__livePlayers.length"
                + " ? window.__livePlayers[0].currentTime : -1");
        return time instanceof Number n ? n.doubleValue() : -1;
    }

    private PortalUser customer(String company, int seats) {
        PortalUser user = customers.signedInWithParallelBooking(company, Locale.GERMAN);
        jdbc.sql("update account set viewer_seats = ? where id = ?").params(seats, user.accountId()).update();
        TestAccounts.signOut();
        return user;
    }

    private String contentOf(PortalUser owner) {
        return jdbc.sql("select content_id from content where account_id = ?").param(owner.accountId())
                .query(String.class).single();
    }

    private void broadcast(PortalUser owner, String content) {
        TestAccounts.signIn(owner);
        demo.start(content);
        TestAccounts.signOut();
        cleanup.add(() -> {
            TestAccounts.signIn(owner);
            demo.stop(content);
        });
    }

    private Page signIn(PortalUser user, String locale) {
        Page page = open("/login", locale, Viewport.DESKTOP);
        page.locator("vaadin-login-form input[name=username]").fill(user.getUsername());
        page.locator("vaadin-login-form input[name=password]").fill("unused");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL("**/backup-ingest");
        return page;
    }

    private static String edgeUrl(String content, String ticket) {
        return "http://127.0.0.1:" + frontPort + "/edge/" + content + "/edge-1/v/" + ticket + "/master.m3u8";
    }

    /** A granted ticket with another viewer id in its payload and the original signature. */
    private static String tampered(String master) {
        String ticket = master.replaceAll(".*/v/([^/]+)/master\\.m3u8$", "$1");
        String[] parts = ticket.split("~");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]));
        String changed = payload.replaceFirst("\\.forged-[0-9a-f]+\\.", ".someone-else.");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes()) + "~" + parts[1];
    }

    private static HttpClient client(String localAddress) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                    .localAddress(InetAddress.getByName(localAddress)).build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Object fact(Page page, String name) {
        return page.evaluate("name => window.__player ? window.__player[name] : null", name);
    }

    private static double number(Page page, String name) {
        Object value = fact(page, name);
        return value instanceof Number n ? n.doubleValue() : -1;
    }

    /** The attacker's reload rhythm (a player's), not a wait for a condition. */
    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                .pollInterval(Duration.ofMillis(250)).until(condition::getAsBoolean);
    }
}
