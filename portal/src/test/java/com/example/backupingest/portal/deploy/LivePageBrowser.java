package com.example.backupingest.portal.deploy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A customer's headless Debian Chromium (Playwright, no browser download) on the portal process's
 * Live page. {@link #watch} records in the page when each selector first matches (a mutation
 * observer), so delays are measured where the customer sees them, not when the test looks; the
 * same observer marks the window, so a reload would show as a lost mark.
 */
final class LivePageBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final Page page;

    private LivePageBrowser(Playwright playwright, Browser browser, Page page) {
        this.playwright = playwright;
        this.browser = browser;
        this.page = page;
    }

    /** Signs in through the real login form; English, so the page's texts are predictable in shots. */
    static LivePageBrowser signIn(String portalUrl, String username, String password) {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                    .setExtraHTTPHeaders(Map.of("Accept-Language", "en-US")).setTimezoneId("Europe/Berlin")
                    .setViewportSize(1280, 1700).setBaseURL(portalUrl));
            context.setDefaultTimeout(60_000); // two cores shared with four JVMs, ffmpeg and other tests
            LivePageBrowser live = new LivePageBrowser(playwright, browser, context.newPage());
            live.page.navigate("/login");
            live.page.locator("vaadin-login-form input[name=username]").fill(username);
            live.page.locator("vaadin-login-form input[name=password]").fill(password);
            live.page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            live.page.waitForURL(url -> !url.contains("/login"));
            return live;
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** The signed-in tab itself, for the customer's other pages (booking, stream setup, embed code). */
    Page page() {
        return page;
    }

    void open(String route) {
        page.navigate(route);
        page.locator("[data-testid=state-primary]").waitFor();
    }

    /** Waits until {@code selector} matches; on timeout a screenshot, then the failure. */
    void await(String what, String selector, Duration timeout) {
        try {
            page.locator(selector).first().waitFor(new Locator.WaitForOptions().setTimeout(timeout.toMillis()));
        } catch (PlaywrightException e) {
            Path shot = screenshot("topology-failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("Live page: no " + what + " (" + selector + ") within " + timeout
                    + "; screenshot " + shot.toAbsolutePath(), e);
        }
    }

    int count(String selector) {
        return page.locator(selector).count();
    }

    /** Starts recording, in the page, the wall-clock time each selector first matches. */
    void watch(List<String> selectors) {
        page.evaluate("""
                selectors => {
                  window.__firstSeen = {};
                  const check = () => selectors.forEach(s => {
                    if (!(s in window.__firstSeen) && document.querySelector(s)) window.__firstSeen[s] = Date.now();
                  });
                  new MutationObserver(check).observe(document.body,
                      { subtree: true, childList: true, attributes: true, characterData: true });
                  check();
                }""", selectors);
    }

    /** Epoch millis when {@code selector} first matched since {@link #watch}; -1 when never or the page was reloaded. */
    long firstSeen(String selector) {
        Object seen = page.evaluate("s => window.__firstSeen && window.__firstSeen[s] !== undefined"
                + " ? window.__firstSeen[s] : -1", selector);
        return ((Number) seen).longValue();
    }

    /** Whether the page still is the one {@link #watch} ran in (no reload, no navigation). */
    boolean sameDocument() {
        return Boolean.TRUE.equals(page.evaluate("() => window.__firstSeen !== undefined"));
    }

    /** Seconds the preview player (hls.js) has played. */
    double previewTime() {
        return ((Number) page.evaluate("() => document.querySelector('hls-player').currentTime")).doubleValue();
    }

    /** A viewer of the website player in a tab of its own (own sessionStorage: own viewer id, own seat). */
    Page player(String route) {
        Page viewer = page.context().newPage();
        viewer.navigate(route);
        return viewer;
    }

    /** A playback fact of a website player tab ({@code window.__player}: state, edgeId, currentTime...). */
    static Object fact(Page player, String name) {
        return player.evaluate("name => window.__player ? window.__player[name] : null", name);
    }

    static double number(Page player, String name) {
        return fact(player, name) instanceof Number n ? n.doubleValue() : -1;
    }

    void reload() {
        page.reload();
        page.locator("[data-testid=state-primary]").waitFor();
    }

    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        } catch (PlaywrightException e) {
            // a failed shot must not hide the failure it was meant to show
        }
        return file;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
