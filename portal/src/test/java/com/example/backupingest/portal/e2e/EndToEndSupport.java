package com.example.backupingest.portal.e2e;

import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.portal.BrowserTestSupport;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every end-to-end class: the embedded GreenMail SMTP server on a free port (the portal
 * sends there), one throw-away data folder (the mail archive the assertions read), the accounts
 * fixture and the sign-in through the real login form. Declared once here, so the dynamic
 * properties are the same for every subclass and the Spring context is shared.
 */
abstract class EndToEndSupport extends BrowserTestSupport {

    static final int SMTP_PORT = FreePort.next();
    static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void mailAndData(DynamicPropertyRegistry registry) {
        registry.add("portal.mail.embedded-smtp.port", () -> SMTP_PORT);
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("portal.data-dir", DATA_DIR::toString);
    }

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired ContentProvisioning provisioning;
    @Autowired BookingService bookingService;
    E2eAccounts accounts;

    @BeforeEach
    void fixture() {
        accounts = new E2eAccounts(jdbc, encoder, provisioning, bookingService);
    }

    /** Signs in through the login form in a new browser context and waits for the start view. */
    Page signIn(E2eAccounts.Login login, String locale, Viewport viewport) {
        Page page = open("/login", locale, viewport);
        page.locator("vaadin-login-form input[name=username]").fill(login.username());
        page.locator("vaadin-login-form input[name=password]").fill(login.password());
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("h1, h2").first().waitFor();
        return page;
    }

    /** Full page load of a route, waiting for its first heading. */
    static void go(Page page, String route) {
        page.navigate(route);
        page.locator("h1, h2").first().waitFor();
    }

    /** The mails the embedded GreenMail server received for this address. */
    static List<ReceivedMails.Mail> mailsTo(String address) {
        return ReceivedMails.in(DATA_DIR.resolve("mail")).to(address);
    }

    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                .pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }

    /** Lets time pass on purpose (e.g. several relay cycles, to prove nothing more happens). */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    private static Path tempDir() {
        try {
            return Files.createTempDirectory("portal-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
