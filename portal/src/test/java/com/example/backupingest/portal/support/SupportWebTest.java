package com.example.backupingest.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal's Spring context (real H2 + Flyway) with its real security filter chain, so HTTP
 * tests run the switch through the real filters. One identical setup on every class, so they
 * share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-support-web-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "logging.level.com.example.backupingest.portal=DEBUG"})
@ActiveProfiles("test")
@interface SupportWebTest {
}
