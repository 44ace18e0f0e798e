package com.example.backupingest.portal.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test setup of the backend tests (accounts, bookings, keys): identical on every
 * class, so all of them share one cached context. Real H2 + Flyway in memory, no demo data;
 * every test makes its own accounts with the injected {@link TestAccounts} and is signed out after
 * each test method ({@link SignOutAfterEach}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-backend-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "logging.level.com.example.backupingest.portal=DEBUG"})
@ActiveProfiles("test")
@Import(TestAccounts.class)
@ExtendWith(SignOutAfterEach.class)
public @interface BackendTest {
}
