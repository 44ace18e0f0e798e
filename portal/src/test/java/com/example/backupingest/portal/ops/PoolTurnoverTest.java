package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.live.FailoverTimeline;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 21 point 1, the cause of the soak's (and the issue's) "database has been closed" after 26 min:
 * H2 2.4.240 compiles {@code CHECK (x IN ('A', 'B'))} into a set whose comparator is the session
 * that ran the {@code CREATE TABLE} (H2 issues 4292, 4302, 4308: fixed in 2.5). On a fresh database
 * that is one of the pool's connections, running Flyway's migrations; when HikariCP retires it (max
 * lifetime: 30 min less up to a quarter), every later insert into a table with such a check fails with
 * "Check constraint invalid … The database has been closed [90098]", although the database is open.
 * The portal's own URL, a fresh file database and the pool's real retirement, at HikariCP's shortest
 * max lifetime (30 s, so 22.5–30 s): failovers written all the time must all be saved after every
 * connection that existed at the start (the migrating one among them) has been retired.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.max-lifetime=30000")
@ActiveProfiles("test")
class PoolTurnoverTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired MonitorEventBus bus;
    @Autowired FailoverTimeline timeline;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void failovers_are_saved_after_the_pool_has_retired_the_connection_that_created_the_tables() throws Exception {
        assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"success\"").query(Integer.class).single())
                .as("this context migrated its own fresh database").isGreaterThan(5);
        PortalUser customer = new TestAccounts(jdbc, provisioning).customer("Dauerlauf GmbH", 1, 100);
        Set<Integer> startSessions = sessions();
        AtomicInteger published = new AtomicInteger();
        // a failover every 250 ms, as the edges wrote them in the soak's busy minutes
        ScheduledExecutorService edges = Executors.newSingleThreadScheduledExecutor();
        edges.scheduleAtFixedRate(() -> {
            int n = published.getAndIncrement();
            bus.publish(new FailoverHappened(customer.accountId(), "dauerlauf", "edge-" + (n % 3 + 1),
                    Entrypoint.PRIMARY, Entrypoint.BACKUP, FailoverCause.STALL, Instant.now(), Duration.ofMillis(40)));
        }, 0, 250, TimeUnit.MILLISECONDS);
        try {
            Awaitility.await("HikariCP retired every connection of the start").atMost(Duration.ofSeconds(45))
                    .pollInterval(Duration.ofMillis(250)).until(() -> disjoint(startSessions, sessions()));
            int atRenewal = published.get();
            Awaitility.await("more failovers on the renewed pool").atMost(Duration.ofSeconds(10))
                    .until(() -> published.get() >= atRenewal + 12);
        } finally {
            edges.shutdown();
            assertThat(edges.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }

        int expected = published.get();
        Awaitility.await("every failover saved").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> saved(customer) == expected);
        assertThat(timeline.unsaved()).as("no row waits for a retry").isEmpty();
        assertThat(readiness()).isEqualTo(200);
        // the other tables with such checks (users, bookings) take rows too
        assertThat(new TestAccounts(jdbc, provisioning).customer("Nachher AG", 1, 10).accountId()).isPositive();
    }

    private Set<Integer> sessions() {
        return new HashSet<>(jdbc.sql("select session_id from information_schema.sessions").query(Integer.class).list());
    }

    private static boolean disjoint(Set<Integer> before, Set<Integer> now) {
        return before.stream().noneMatch(now::contains);
    }

    private int saved(PortalUser customer) {
        List<Integer> count = jdbc.sql("select count(*) from failover_event where account_id = ?")
                .param(customer.accountId()).query(Integer.class).list();
        return count.getFirst();
    }

    private int readiness() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
