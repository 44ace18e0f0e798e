package com.example.backupingest.portal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL tests' database: one per test JVM (the suite runs two side by side, docs/testing.md),
 * made on first use on the throwaway server of tools/with-postgres.sh, so that two JVMs never migrate
 * or fill the same database. Used with {@code PORTAL_TEST_POSTGRES_URL} set only.
 */
public final class PostgresPerJvm implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String NAME = "portal_jvm" + ProcessHandle.current().pid();
    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String server = System.getenv("PORTAL_TEST_POSTGRES_URL");
        if (server == null || !server.startsWith("jdbc:postgresql:")) {
            return;
        }
        String url = server.substring(0, server.lastIndexOf('/') + 1) + NAME;
        createOnce(server);
        TestPropertyValues.of("spring.datasource.url=" + url).applyTo(context);
    }

    private static synchronized void createOnce(String server) {
        if (created) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(server,
                System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "portal"),
                System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + NAME);
            created = true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + NAME, e);
        }
    }
}
