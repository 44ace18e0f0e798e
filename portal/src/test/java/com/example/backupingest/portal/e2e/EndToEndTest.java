package com.example.backupingest.portal.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring setup of the end-to-end browser tests: the whole portal on a random port with
 * real H2 + Flyway, the real security chain and the embedded GreenMail SMTP server (port and data
 * folder from {@link EndToEndSupport}). Identical on every class, so all share one context.
 * Throttle limits are raised: every test signs in from localhost.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-e2e;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "monitor.enabled=false",
        "portal.mail.embedded-smtp.enabled=true",
        "spring.mail.host=127.0.0.1",
        "portal.mail.poll-interval=200ms",
        "portal.mail.initial-backoff=500ms",
        "portal.security.login-max-failures=1000",
        "portal.security.login-max-failures-per-client=1000",
        // 8 slots = at most 4 contents: the "too many contents" case needs only 5 fields.
        "portal.booking.max-slots=8",
        "portal.ingest.primary-url=rtmp://localhost:1935/live",
        "portal.ingest.backup-url=rtmp://localhost:1936/live"})
@ActiveProfiles("test")
public @interface EndToEndTest {
}
