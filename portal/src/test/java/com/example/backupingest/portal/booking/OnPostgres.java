package com.example.backupingest.portal.booking;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import com.example.backupingest.portal.PostgresPerJvm;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a backend test class again on a real PostgreSQL server with the {@code postgres} profile.
 * The README's test command ({@code tools/test.sh}) starts a throwaway server and exports its URL;
 * a plain {@code mvn test} without it skips these classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {
                "spring.datasource.username=${PORTAL_TEST_POSTGRES_USER:portal}",
        "spring.datasource.password=${PORTAL_TEST_POSTGRES_PASSWORD:}"})
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresPerJvm.class)
@interface OnPostgres {
}
