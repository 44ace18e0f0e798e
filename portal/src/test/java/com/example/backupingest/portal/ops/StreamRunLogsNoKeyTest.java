package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.edge.EdgeProperties;
import com.example.backupingest.monitor.edge.SwitchMode;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.ops.StreamKeyLeaks;
import com.example.backupingest.monitor.pipeline.TestEncoder;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * One whole run in the portal with its embedded pipeline: a customer books, real encoders publish
 * with the keys the portal issued to real nginx-rtmp entrypoints, the primary encoder dies and the
 * edge fails over. The captured log (JSON lines) must not contain any of the keys.
 */
@Tag("media")
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:portal-ops-run;DB_CLOSE_DELAY=-1",
                "logging.structured.format.console=ecs"}) // the production format is what gets scanned
@ActiveProfiles("test")
class StreamRunLogsNoKeyTest {

    static final Path WORK = tempDir();
    /** Tolerant of late segments on two shared cores: only the publisher's end decides here. */
    static final EdgeProperties EDGE_TIMING = new EdgeProperties(Duration.ofSeconds(2), Duration.ofSeconds(6),
            Duration.ofSeconds(4), Duration.ofMillis(250), 8, DataSize.ofMegabytes(64), Duration.ofSeconds(6),
            SwitchMode.IMMEDIATE);
    static final int RTMP_A = FreePort.next();
    static final int RTMP_B = FreePort.next();

    @Autowired BookingService bookings;
    @Autowired StreamSetupService streamSetup;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;
    @Autowired IngestPipeline pipeline;
    @Autowired List<SecurityFilterChain> chains;
    @Autowired ApplicationContext context;

    @DynamicPropertySource
    static void pipeline(DynamicPropertyRegistry registry) {
        registry.add("monitor.enabled", () -> "true");
        registry.add("monitor.work-dir", WORK::toString);
        registry.add("monitor.edge.enabled", () -> "false"); // the test runs its own load-tolerant fleet
        registry.add("monitor.entrypoints.primary.rtmp-port", () -> RTMP_A);
        registry.add("monitor.entrypoints.primary.origin-http-port", FreePort::next);
        registry.add("monitor.entrypoints.backup.rtmp-port", () -> RTMP_B);
        registry.add("monitor.entrypoints.backup.origin-http-port", FreePort::next);
        for (String port : java.util.List.of("primary.rtmps-port", "primary.srt-port", "backup.rtmps-port",
                "backup.srt-port")) {
            registry.add("monitor.entrypoints." + port, () -> "0");
        }
    }

    @AfterAll
    static void removeWorkDir() {
        FileSystemUtils.deleteRecursively(WORK.toFile());
    }

    @Test
    void the_embedded_monitor_adds_no_security_chain_of_its_own() {
        assertThat(chains).hasSizeGreaterThanOrEqualTo(1);
        assertThat(context.containsBean("monitorActuatorChain")).isFalse();
        assertThat(context.containsBean("monitorOpenChain")).isFalse();
        assertThat(context.containsBean("actuatorSecurityFilterChain")).isTrue();
    }

    @Test
    void booking_publishing_and_failing_over_log_no_stream_key(CapturedOutput output) throws Exception {
        PortalUser customer = new TestAccounts(jdbc, provisioning).customer("Betrieb GmbH", 1, 500);
        TestAccounts.signIn(customer);
        bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Livestream"), true), Locale.GERMAN);
        String contentId = streamSetup.contents().getFirst().contentId();
        String primaryKey = streamSetup.revealKey(contentId, Entrypoint.PRIMARY);
        String backupKey = streamSetup.revealKey(contentId, Entrypoint.BACKUP);
        TestAccounts.signOut();

        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        TestEncoder primary = null;
        TestEncoder backup = null;
        try (AutoCloseable recording = pipeline.bus().subscribe(events::add);
                EdgeFleet edges = new EdgeFleet(EDGE_TIMING, pipeline.origins(), pipeline.bus(),
                        HttpClient.newHttpClient(), Clock.systemUTC())) {
            primary = TestEncoder.publish(RTMP_A, primaryKey);
            backup = TestEncoder.publish(RTMP_B, backupKey);
            await().atMost(Duration.ofSeconds(40)).until(() -> live(contentId, Entrypoint.PRIMARY)
                    && live(contentId, Entrypoint.BACKUP));
            Thread.sleep(EDGE_TIMING.cleanTime().plusSeconds(3)); // the backup must count as clean

            primary.kill9();

            FailoverHappened failover = await().atMost(Duration.ofSeconds(10)).until(() -> events.stream()
                    .filter(FailoverHappened.class::isInstance).map(FailoverHappened.class::cast)
                    .filter(f -> f.from() == Entrypoint.PRIMARY).findFirst(), Optional::isPresent).orElseThrow();
            assertThat(failover.to()).isEqualTo(Entrypoint.BACKUP);
            assertThat(failover.accountId()).isEqualTo(customer.accountId());
        } finally {
            for (TestEncoder encoder : new TestEncoder[] {primary, backup}) {
                if (encoder != null) {
                    encoder.close();
                }
            }
        }

        String log = output.getAll();
        assertThat(log).as("the run was logged").contains("BOOKED", "revealed", "stream event PublishStarted",
                "stream event FailoverHappened", contentId);
        assertThat(StreamKeyLeaks.in(log, List.of(primaryKey, backupKey))).isEmpty();
    }

    private boolean live(String contentId, Entrypoint entrypoint) {
        return pipeline.health(contentId, entrypoint).filter(h -> h.state() == HealthState.LIVE).isPresent();
    }


    private static Path tempDir() {
        try {
            return Files.createTempDirectory("portal-ops-run");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
