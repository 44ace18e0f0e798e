package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.BrowserTestSupport;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark harness, not a test (its name keeps it out of normal runs): encoder killed → primary
 * DOWN visible in a real Chromium, over {@code RUNS} kills on the real pipeline. Run with
 * {@code ./mvnw -B -pl portal -am test -Dtest=LiveAlertLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:live-latency;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(LiveCustomers.class)
class LiveAlertLatencyBenchmark extends BrowserTestSupport {

    private static final int RUNS = 10;
    private static final LivePipelineProperties PIPELINE = new LivePipelineProperties();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PIPELINE.register(registry);
    }

    @Autowired DemoEncoders demo;
    @Autowired LiveCustomers customers;

    @Test
    void encoder_killed_to_down_visible_in_the_browser() {
        PortalUser customer = customers.signedInWithParallelBooking("Latency GmbH", Locale.ENGLISH);
        String contentId = customers.contentId();
        Page page = open("/login", "en-US", Viewport.DESKTOP);
        page.locator("vaadin-login-form input[name=username]").fill(customer.getUsername());
        page.locator("vaadin-login-form input[name=password]").fill("unused");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL("**/backup-ingest");
        page.navigate("/live/" + contentId);
        List<Long> millis = new ArrayList<>();
        try {
            for (int run = 0; run < RUNS; run++) {
                demo.start(contentId);
                page.locator("[data-testid=state-primary][data-state=LIVE]").waitFor(
                        new Locator.WaitForOptions().setTimeout(60_000));
                page.locator("[data-testid=state-backup][data-state=LIVE]").waitFor(
                        new Locator.WaitForOptions().setTimeout(60_000));
                page.waitForTimeout(1_500);
                long killed = System.nanoTime();
                demo.kill(contentId, Entrypoint.PRIMARY);
                page.locator("[data-testid=state-primary][data-state=DOWN]").waitFor(
                        new Locator.WaitForOptions().setTimeout(10_000));
                millis.add((System.nanoTime() - killed) / 1_000_000);
            }
        } finally {
            demo.stop(contentId);
            TestAccounts.signOut();
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("live alert latency: %d runs, median %d ms, p95 %d ms, min %d ms, max %d ms, all %s%n",
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1),
                sorted.getFirst(), sorted.getLast(), millis);
    }
}
