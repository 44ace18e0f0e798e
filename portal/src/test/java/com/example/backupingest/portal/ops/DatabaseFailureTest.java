package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.live.FailoverTimeline;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 21 point 1, what the portal does when its database fails: the incident reproduced with a real
 * H2 file database, the portal's own URL and its options (a database kept open by {@code DB_CLOSE_DELAY=-1}
 * would never reopen), but on the interruptible {@code file:} system instead of {@code async:} (see
 * {@link EmbeddedDatabaseInterruptTest}) and with a page cache far smaller than the data, so that one
 * interrupted reader closes the file. Readiness must go DOWN and the Live page (browserless, in this
 * context) must say so, the failover that happens meanwhile must not be lost but saved once the database
 * works again, and readiness must come back. Then a refusal that is certain (the table renamed away, so
 * that the insert fails whatever the pool does): the row waits, readiness is DOWN, the page counts it,
 * and once the table is back the retry saves it, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatabaseFailureTest extends SpringBrowserlessTest {

    static final Path DATA = data();

    @DynamicPropertySource
    static void interruptibleFileDatabase(DynamicPropertyRegistry registry) {
        String portalUrl = DefaultDatabaseUrl.in(DATA);
        assertThat(portalUrl).startsWith("jdbc:h2:async:");
        registry.add("spring.datasource.url",
                () -> portalUrl.replace("jdbc:h2:async:", "jdbc:h2:file:") + ";CACHE_SIZE=1024");
    }

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired MonitorEventBus bus;
    @Autowired FailoverTimeline timeline;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_closed_database_turns_readiness_down_and_the_failover_meanwhile_is_saved_once_it_works_again()
            throws Exception {
        PortalUser customer = new TestAccounts(jdbc, provisioning).customer("Ausfall GmbH", 1, 100);
        TestAccounts.signIn(customer);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        jdbc.sql("create table filler (id int primary key, s varchar(2000))").update();
        jdbc.sql("insert into filler select x, repeat('y', 1500) from system_range(1, 20000)").update();
        assertThat(readiness()).isEqualTo(200);

        breakTheDatabaseFile();
        Awaitility.await("readiness DOWN").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> readiness() == 503);
        navigate("live", Component.class); // the Live page (package-private view)
        assertThat(databaseNotice()).as("the Live page names the failing database").contains("does not take writes");

        // a failover while the database refuses writes (the incident's 201 lost rows)
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        bus.publish(new FailoverHappened(customer.accountId(), "ausfall", "edge-1", Entrypoint.PRIMARY,
                Entrypoint.BACKUP, FailoverCause.PUBLISHER_GONE, at, Duration.ofMillis(12)));
        Awaitility.await("kept for the Live page's notice").atMost(Duration.ofSeconds(10))
                .until(() -> timeline.unsaved().isPresent() || saved(customer) == 1);

        // an orchestrator keeps asking; the pool drops the dead connections and the database reopens
        Awaitility.await("the failover saved late").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    readiness();
                    return saved(customer) == 1;
                });
        Awaitility.await("readiness UP again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> readiness() == 200);
        assertThat(timeline.unsaved()).isEmpty();
        assertThat(jdbc.sql("select failover_cause from failover_event where account_id = ?").param(customer.accountId())
                .query(String.class).single()).isEqualTo("PUBLISHER_GONE");
        navigate("live", Component.class); // the Live page (package-private view)
        assertThat(databaseNotice()).as("gone once it works again").isEmpty();

        // certain: the insert cannot succeed while the table is away, so the retry path must run
        jdbc.sql("alter table failover_event rename to failover_event_away").update();
        try {
            bus.publish(new FailoverHappened(customer.accountId(), "ausfall", "edge-1", Entrypoint.BACKUP,
                    Entrypoint.PRIMARY, FailoverCause.STALL, at.plusSeconds(60), Duration.ofMillis(3000)));
            Awaitility.await("refused, kept (the bus delivers on its own thread)").atMost(Duration.ofSeconds(10))
                    .until(() -> timeline.unsaved().isPresent());
            assertThat(timeline.unsaved()).hasValueSatisfying(u -> assertThat(u.count()).isEqualTo(1));
            assertThat(jdbc.sql("select count(*) from failover_event_away where account_id = ?")
                    .param(customer.accountId()).query(Integer.class).single()).as("only the first one saved").isEqualTo(1);
            assertThat(readiness()).isEqualTo(503);
            navigate("live", Component.class); // the Live page (package-private view)
            assertThat(databaseNotice()).contains("1 failover timeline entries are not saved yet");
        } finally {
            jdbc.sql("alter table failover_event_away rename to failover_event").update();
        }
        Awaitility.await("the refused row saved by the retry").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> saved(customer) == 2);
        Awaitility.await("readiness UP again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> readiness() == 200);
        assertThat(timeline.unsaved()).isEmpty();
        assertThat(jdbc.sql("select failover_cause from failover_event where account_id = ? order by at")
                .param(customer.accountId()).query(String.class).list()).as("each saved once")
                .containsExactly("PUBLISHER_GONE", "STALL");
    }

    /** The Live page's database notice ({@code data-testid=database-failing}), empty when none is shown. */
    private String databaseNotice() {
        return $(Div.class).all().stream()
                .filter(c -> "database-failing".equals(c.getElement().getAttribute("data-testid")))
                .map(c -> c.getElement().getTextRecursively()).findFirst().orElse("");
    }

    /** What the incident did: a pooled connection used by a thread with a pending interrupt reads the file. */
    private void breakTheDatabaseFile() throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Thread.currentThread().interrupt();
                try (ResultSet rs = connection.createStatement().executeQuery("select sum(length(s)) from filler")) {
                    rs.next();
                    result.set(rs.getLong(1));
                }
            } catch (Exception e) {
                result.set(e);
            }
        });
        reader.join();
        assertThat(result.get()).as("the interrupted read failed and closed the file").isInstanceOf(Exception.class);
    }

    private int saved(PortalUser customer) {
        try {
            return jdbc.sql("select count(*) from failover_event where account_id = ?").param(customer.accountId())
                    .query(Integer.class).single();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private int readiness() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Path data() {
        try {
            return Files.createTempDirectory("database-failure");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
