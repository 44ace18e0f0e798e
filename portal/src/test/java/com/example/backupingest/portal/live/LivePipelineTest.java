package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.monitor.app.PipelineRuntime;
import com.example.backupingest.monitor.pipeline.TestEncoder;
import com.example.backupingest.monitor.srt.SrtListener;
import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Live feature on the real pipeline: demo encoders (ffmpeg) publish with the content's real
 * keys to two nginx-rtmp entrypoints, a registered page gets pushed updates, a killed encoder shows
 * as DOWN within 2 s, and one alert mail per incident reaches a real SMTP server (GreenMail). A key
 * that stops being valid (regenerated, booking cancelled, content removed) takes its encoder off air
 * within 2 s, and the Live page says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:live-pipeline;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(LiveCustomers.class)
class LivePipelineTest {

    @RegisterExtension
    static final LivePipelineWithMail PIPELINE = new LivePipelineWithMail();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PIPELINE.register(registry);
    }

    @Autowired LiveService live;
    @Autowired DemoEncoders demo;
    @Autowired AlertSettings alerts;
    @Autowired JdbcClient jdbc;
    @Autowired LiveCustomers customers;
    @Autowired StreamSetupService setup;
    @Autowired BookingService bookings;
    @Autowired MonitorEventBus bus;
    @Autowired IngestPipeline pipeline;
    @Autowired PublishSessions sessions;
    @Autowired PipelineRuntime runtime;
    @Autowired FailoverTimeline timeline;
    @Autowired FailoverWords words;

    private String contentId;

    @AfterEach
    void stopEncoders() {
        if (contentId != null) {
            demo.stop(contentId);
        }
        TestAccounts.signOut();
    }

    @Test
    void a_killed_primary_encoder_shows_down_on_the_open_page_within_two_seconds_and_mails_once_per_incident()
            throws Exception {
        PortalUser customer = customers.signedInWithParallelBooking("Live Test GmbH", Locale.GERMAN);
        alerts.setEnabled(true);
        contentId = customers.contentId();
        String recipient = jdbc.sql("select contact_email from account where id = ?").param(customer.accountId())
                .query(String.class).single();
        List<LiveUpdate> pushed = new CopyOnWriteArrayList<>();
        AutoCloseable page = live.watch(contentId, Runnable::run, pushed::add);
        try {
            demo.start(contentId);
            assertThat(demo.running(contentId)).isTrue();
            waitFor("both entrypoints LIVE", Duration.ofSeconds(45), () -> bothLive(live.snapshot(contentId)));
            assertThat(pushed).anySatisfy(u -> assertThat(u).isInstanceOf(LiveUpdate.Tick.class));

            long killed = System.nanoTime();
            assertThat(demo.kill(contentId, Entrypoint.PRIMARY)).isTrue();
            waitFor("primary DOWN pushed", Duration.ofSeconds(5), () -> primaryDown(pushed));
            Duration delay = Duration.ofNanos(System.nanoTime() - killed);
            System.out.printf("live: encoder killed -> primary DOWN pushed after %d ms%n", delay.toMillis());
            assertThat(delay).isLessThan(Duration.ofSeconds(2));
            assertThat(live.snapshot(contentId).health(Entrypoint.BACKUP)).hasValueSatisfying(
                    h -> assertThat(h.publishing()).isTrue());
            assertThat(live.snapshot(contentId).withoutRedundancy(live.parallelBooked())).isTrue();

            waitFor("alert mail", Duration.ofSeconds(10), () -> alertsTo(recipient).size() == 1);
            MimeMessage mail = alertsTo(recipient).getFirst();
            String name = jdbc.sql("select name from content where content_id = ?").param(contentId)
                    .query(String.class).single();
            assertThat(mail.getSubject()).startsWith("Live-Alarm").contains(name);
            // the one mail of the incident (the DOWN usually beats the edges' failover) says what the timeline says
            waitFor("the timeline's failover", Duration.ofSeconds(10), () -> failover(contentId) != null);
            TimelineEvent failover = failover(contentId);
            String sentence = words.sentence(failover.cause(), failover.from(), failover.to(),
                    failover.edges().getLast().detection(), Locale.GERMAN);
            System.out.printf("live: alert mail for the timeline's %s: %s%n", failover.cause(), sentence);
            assertThat(LivePipelineWithMail.plainText(mail)).contains(sentence);

            // the encoder comes back and breaks again inside the incident window: no second mail
            pushed.clear();
            demo.start(contentId);
            waitFor("primary LIVE again", Duration.ofSeconds(30), () -> bothLive(live.snapshot(contentId)));
            demo.kill(contentId, Entrypoint.PRIMARY);
            waitFor("primary DOWN again", Duration.ofSeconds(5), () -> primaryDown(pushed));
            Thread.sleep(2_000); // the relay polls every 200 ms: a second mail would be here by now
            assertThat(alertsTo(recipient)).hasSize(1);
        } finally {
            page.close();
        }
    }

    @Test
    void a_regenerated_key_a_cancelled_booking_and_a_removed_content_each_drop_the_encoder_within_two_seconds()
            throws Exception {
        customers.signedInWithParallelBooking("Revocation Embedded GmbH", Locale.ENGLISH);
        contentId = customers.contentId();
        String content = contentId;
        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable subscription = bus.subscribe(events::add)) {
            demo.start(content);
            waitFor("both entrypoints publishing", Duration.ofSeconds(45), () -> publishing(content, Entrypoint.PRIMARY)
                    && publishing(content, Entrypoint.BACKUP));

            long regenerated = System.nanoTime();
            setup.regenerateKey(content, Entrypoint.PRIMARY);
            waitFor("the old primary encoder dropped", Duration.ofSeconds(10),
                    () -> ended(events, Entrypoint.PRIMARY, RevocationReason.KEY_REGENERATED));
            Duration dropped = Duration.ofNanos(System.nanoTime() - regenerated);
            System.out.printf("revocation (embedded): key regenerated -> encoder dropped after %d ms%n", dropped.toMillis());
            assertThat(dropped).isLessThan(Duration.ofSeconds(2));
            assertThat(publishing(content, Entrypoint.BACKUP)).as("the backup key is still valid").isTrue();
            waitFor("the Live page's reason", Duration.ofSeconds(5), () -> live.snapshot(content).health(Entrypoint.PRIMARY)
                    .filter(h -> h.reason().equals(RevocationReason.KEY_REGENERATED.healthReason())).isPresent());

            demo.start(content); // the primary encoder again, now with the new key
            waitFor("the new key publishing", Duration.ofSeconds(30), () -> publishing(content, Entrypoint.PRIMARY));

            long cancelled = System.nanoTime();
            bookings.cancel(Locale.ENGLISH);
            waitFor("the backup encoder dropped", Duration.ofSeconds(10),
                    () -> ended(events, Entrypoint.BACKUP, RevocationReason.BOOKING_ENDED));
            System.out.printf("revocation (embedded): booking cancelled -> backup encoder dropped after %d ms%n",
                    Duration.ofNanos(System.nanoTime() - cancelled).toMillis());
            assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).isLessThan(Duration.ofSeconds(2));
            assertThat(publishing(content, Entrypoint.PRIMARY)).as("the kept content's primary key").isTrue();

            // booked again for another content: "Livestream" is removed, its primary encoder dropped
            long removed = System.nanoTime();
            bookings.book(new BookingDraft(BookingMode.PARALLEL, List.of("Keynote"), true), Locale.ENGLISH);
            waitFor("the removed content's encoder dropped", Duration.ofSeconds(10),
                    () -> ended(events, Entrypoint.PRIMARY, RevocationReason.CONTENT_REMOVED));
            assertThat(Duration.ofNanos(System.nanoTime() - removed)).isLessThan(Duration.ofSeconds(2));
        }
    }

    /** Issue 18, acceptance 5: rotation reaches every protocol, RTMPS through nginx, SRT through its relay. */
    @Test
    void a_regenerated_key_disconnects_an_rtmps_and_an_srt_publisher_within_two_seconds() throws Exception {
        customers.signedInWithParallelBooking("Rotation Secure GmbH", Locale.ENGLISH);
        contentId = customers.contentId();
        String content = contentId;
        LivePipelineProperties ports = PIPELINE.pipeline();
        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable subscription = bus.subscribe(events::add);
                TestEncoder rtmps = TestEncoder.start(TestEncoder.rtmpsArguments("127.0.0.1", ports.primaryRtmps,
                        setup.revealKey(content, Entrypoint.PRIMARY), "320x180", 10));
                TestEncoder srt = TestEncoder.start(TestEncoder.srtArguments("127.0.0.1", ports.backupSrt, content,
                        SrtPassphrases.of(setup.revealKey(content, Entrypoint.BACKUP)), Duration.ofMillis(500),
                        "320x180", 10))) {
            waitFor("RTMPS on A and SRT on B publishing", Duration.ofSeconds(45),
                    () -> protocol(content, Entrypoint.PRIMARY) == IngestProtocol.RTMPS
                            && protocol(content, Entrypoint.BACKUP) == IngestProtocol.SRT);
            SrtListener listenerB = runtime.srt().listener(Entrypoint.BACKUP).orElseThrow();
            assertThat(listenerB.link(content)).isPresent();

            long regeneratedA = System.nanoTime();
            setup.regenerateKey(content, Entrypoint.PRIMARY);
            waitFor("the RTMPS publisher dropped", Duration.ofSeconds(10),
                    () -> ended(events, Entrypoint.PRIMARY, RevocationReason.KEY_REGENERATED));
            Duration droppedA = Duration.ofNanos(System.nanoTime() - regeneratedA);
            assertThat(rtmps.process().waitFor(5, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the RTMPS encoder lost its connection").isTrue();

            long regeneratedB = System.nanoTime();
            setup.regenerateKey(content, Entrypoint.BACKUP);
            waitFor("the SRT caller disconnected", Duration.ofSeconds(10),
                    () -> ended(events, Entrypoint.BACKUP, RevocationReason.KEY_REGENERATED)
                            && listenerB.link(content).isEmpty());
            Duration droppedB = Duration.ofNanos(System.nanoTime() - regeneratedB);
            System.out.printf("revocation (embedded): RTMPS publisher dropped after %d ms, SRT caller after %d ms%n",
                    droppedA.toMillis(), droppedB.toMillis());
            assertThat(droppedA).isLessThan(Duration.ofSeconds(2));
            assertThat(droppedB).isLessThan(Duration.ofSeconds(2));
            // the relay ends with its caller: within the drop's own bar, not at the very same instant
            waitFor("no relay outlives its caller", Duration.ofSeconds(2), () -> listenerB.relayPids().isEmpty());
            assertThat(srt.process().waitFor(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the SRT encoder saw its connection end").isTrue();
        }
    }

    /**
     * The timeline's newest move away from A, as the Live page shows it (one row for all edges): to B, or
     * a hold when B was not clean yet (the kill comes right after both went LIVE).
     */
    private @Nullable TimelineEvent failover(String content) {
        return TimelineEvent.group(timeline.recent(content)).stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.FAILOVER && e.from() == Entrypoint.PRIMARY && !e.drill())
                .findFirst().orElse(null);
    }

    private IngestProtocol protocol(String content, Entrypoint entrypoint) {
        return pipeline.health(content, entrypoint).filter(h -> h.publishing()).map(h -> h.protocol()).orElse(null);
    }

    private boolean publishing(String content, Entrypoint entrypoint) {
        return pipeline.health(content, entrypoint).filter(h -> h.publishing()).isPresent()
                && sessions.find(entrypoint, content).isPresent();
    }

    private static boolean ended(List<MonitorEvent> events, Entrypoint entrypoint, RevocationReason reason) {
        return events.stream().anyMatch(e -> e instanceof PublishEnded ended && ended.entrypoint() == entrypoint
                && ended.reason().equals(reason.endReason()));
    }

    private static boolean bothLive(LiveSnapshot snapshot) {
        return Arrays.stream(Entrypoint.values()).allMatch(e -> snapshot.health(e)
                .filter(h -> h.state() == HealthState.LIVE).isPresent());
    }

    private static boolean primaryDown(List<LiveUpdate> pushed) {
        return pushed.stream().anyMatch(u -> u instanceof LiveUpdate.Event(HealthChanged c)
                && c.health().entrypoint() == Entrypoint.PRIMARY && c.health().state() == HealthState.DOWN);
    }

    private static List<MimeMessage> alertsTo(String recipient) {
        return Arrays.stream(PIPELINE.receivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Live-Alarm") && m.getAllRecipients()[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        org.awaitility.Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                .pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}
