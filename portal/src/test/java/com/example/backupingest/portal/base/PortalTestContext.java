package com.example.backupingest.portal.base;

import com.example.backupingest.portal.account.AccountService;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The application context for view and security tests: an in-memory database with the users
 * table (test schema), and the feature services as Mockito mocks, so views are tested on their
 * own. One shared definition keeps Spring's context cache to one context for all these tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-view-tests;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration,classpath:db/testschema",
        "portal.data-dir=target/test-data"})
@MockitoBean(types = {AccountService.class, BookingService.class, StreamSetupService.class})
@TestExecutionListeners(listeners = SecurityStrategyTestListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PortalTestContext {
}
