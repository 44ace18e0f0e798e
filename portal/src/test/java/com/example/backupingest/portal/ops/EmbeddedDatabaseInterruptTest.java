package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 21 point 1, the cause: a thread that is interrupted while H2 reads its file closed the
 * embedded database's file channel, and every later write failed ("The database has been closed").
 * The portal's own default URL (application.properties) against a real H2 file database: an
 * interrupted reader must leave the database working for everybody else.
 */
class EmbeddedDatabaseInterruptTest {

    @TempDir
    Path data;

    @Test
    void a_thread_interrupted_while_reading_the_embedded_database_does_not_close_it() throws Exception {
        String url = defaultUrl();
        try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
            setup.createStatement().execute("create table filler (id int primary key, s varchar(2000))");
            setup.createStatement().execute("insert into filler select x, repeat('y', 1500) from system_range(1, 20000)");
            setup.createStatement().execute("shutdown"); // the next connection starts with an empty page cache
        }
        // a small cache, so the interrupted reader really goes to the file
        try (Connection reader = DriverManager.getConnection(url + ";CACHE_SIZE=1024", "sa", "")) {
            AtomicReference<Object> interrupted = new AtomicReference<>();
            Thread thread = Thread.ofPlatform().start(() -> {
                Thread.currentThread().interrupt(); // as if a supervisor or an executor's shutdownNow interrupted it
                try (ResultSet rs = reader.createStatement().executeQuery("select sum(length(s)) from filler")) {
                    rs.next();
                    interrupted.set(rs.getLong(1));
                } catch (Exception e) {
                    interrupted.set(e);
                }
            });
            thread.join();

            try (Connection other = DriverManager.getConnection(url, "sa", "")) {
                other.createStatement().execute("insert into filler values (0, 'after the interrupt')");
                try (ResultSet rs = other.createStatement().executeQuery("select count(*) from filler")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(20_001);
                }
            }
            assertThat(interrupted.get()).as("the interrupted reader itself").isEqualTo(30_000_000L);
        }
    }

    /** {@code spring.datasource.url} as the portal resolves it, with {@code portal.data-dir} in a temp folder. */
    private String defaultUrl() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
                .forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                java.util.Map.of("portal.data-dir", data.toString())));
        String url = environment.getRequiredProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:");
        return url;
    }
}
