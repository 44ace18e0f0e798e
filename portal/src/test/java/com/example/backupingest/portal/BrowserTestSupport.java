package com.example.backupingest.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import com.example.backupingest.portal.base.SecurityStrategyTestListener;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Base class for Playwright tests against the running portal ({@code @SpringBootTest(webEnvironment
 * = RANDOM_PORT)}): one headless Debian Chromium per test class, a fresh browser context per page
 * (own cookies, language and viewport), closed after each test; screenshots under
 * {@code portal/target/screenshots/}.
 */
@TestExecutionListeners(listeners = SecurityStrategyTestListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class BrowserTestSupport {

    /** The two sizes every view is checked at. */
    public enum Viewport {
        DESKTOP(1280, 800), PHONE(390, 844);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchBrowser() {
        // The driver is bundled in the jar; browsers are never downloaded, Debian's Chromium is used.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        // a customer's website for the embedding tests, served by the test on loopback
                        "--host-resolver-rules=MAP customer.example 127.0.0.1")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A new context with the browser language (e.g. "de-DE") and size; Europe/Berlin time. */
    protected BrowserContext newContext(String locale, Viewport viewport) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setExtraHTTPHeaders(Map.of("Accept-Language", locale))
                .setTimezoneId("Europe/Berlin").setViewportSize(viewport.width, viewport.height)
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        return context;
    }

    /** Opens {@code path} in a new context and waits until Vaadin has rendered the view. */
    protected Page open(String path, String locale, Viewport viewport) {
        Page page = newContext(locale, viewport).newPage();
        page.navigate(path);
        page.waitForLoadState();
        return page;
    }

    /**
     * The whole view, not just the first screen: a view scrolls inside the app layout's content
     * part, so for the shot that part (and the page around it) grows to its content's height.
     */
    protected Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        ElementHandle unclip = page.locator("vaadin-app-layout").count() == 0 ? null
                : page.addStyleTag(new Page.AddStyleTagOptions().setContent(UNCLIP));
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        } finally {
            if (unclip != null) {
                unclip.evaluate("style => style.remove()");
            }
        }
        return file;
    }

    private static final String UNCLIP = """
            html, body, #outlet, vaadin-app-layout { height: auto !important; overflow: visible !important; }
            vaadin-app-layout { position: relative !important; }
            vaadin-app-layout::part(content) { height: auto !important; overflow: visible !important; }
            vaadin-app-layout::part(drawer) { position: absolute !important; }""";
}
