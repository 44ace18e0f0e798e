package com.example.backupingest.portal.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The portal's database for the multi-process test: a fresh database on the throwaway PostgreSQL of
 * tools/with-postgres.sh when PORTAL_TEST_POSTGRES_URL is set (the compose profile), else the
 * embedded H2 file in the test's folder.
 */
final class ThrowawayDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;

    private ThrowawayDatabase(String serverUrl, String user, String password, String name) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    static ThrowawayDatabase fromEnvironment() {
        String url = System.getenv("PORTAL_TEST_POSTGRES_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return new ThrowawayDatabase("", "", "", "");
        }
        ThrowawayDatabase database = new ThrowawayDatabase(url,
                System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "portal"),
                System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_PASSWORD", ""),
                "topology_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        database.execute("create database " + database.name);
        return database;
    }

    boolean postgres() {
        return !name.isEmpty();
    }

    Map<String, String> portalEnvironment() {
        if (!postgres()) {
            return Map.of("SPRING_PROFILES_ACTIVE", "demo");
        }
        return Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "PORTAL_DB_URL", serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name,
                "PORTAL_DB_USER", user, "PORTAL_DB_PASSWORD", password);
    }

    /**
     * Counts rows of the portal's database. The H2 file is the portal's own while it runs, so
     * there it can only be read after the portal stopped ({@code portalData}: its data folder).
     */
    long count(String sql, java.nio.file.Path portalData) {
        String url = postgres() ? serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name
                : "jdbc:h2:file:" + portalData.resolve("portal");
        try (Connection connection = DriverManager.getConnection(url, postgres() ? user : "sa",
                postgres() ? password : "");
                Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("portal database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (postgres()) {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the topology test: " + e.getMessage(), e);
        }
    }
}
