package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.pipeline.GstreamerEncoder;
import com.example.backupingest.monitor.pipeline.ScriptedEncoder;
import com.example.backupingest.monitor.pipeline.TestEncoder;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.portal.BrowserTestSupport;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingDraft;
import com.example.backupingest.portal.booking.BookingMode;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.streamsetup.ContentProvisioning;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16's acceptance 1 and 4 and issue 18's acceptance 1 with the real website player page
 * ({@code /player/{content}} in Chromium), real nginx-rtmp, ffmpeg (and GStreamer for B where installed),
 * the in-process distribution servers on ports of their own (as in {@link WebsitePlayerAcceptanceTest})
 * and a real SMTP server (GreenMail) for the alert mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:website-player-faults;DB_CLOSE_DELAY=-1",
                "monitor.viewers.edge-ports=0,0,0"})
@ActiveProfiles("test")
@Import(LiveCustomers.class)
class WebsitePlayerIngestFaultsTest extends BrowserTestSupport {

    /** Content checks at their default: on, 2 s. */
    private static final Duration THRESHOLD = Duration.ofSeconds(2);
    private static final int PORTAL_PORT = FreePort.next();

    @RegisterExtension
    static final LivePipelineWithMail PIPELINE = new LivePipelineWithMail();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PIPELINE.register(registry);
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("portal.base-url", () -> "http://localhost:" + PORTAL_PORT);
    }

    @Autowired LiveCustomers customers;
    @Autowired StreamSetupService setup;
    @Autowired BookingService bookings;
    @Autowired AlertSettings alerts;
    @Autowired IngestPipeline pipeline;
    @Autowired MonitorEventBus bus;
    @Autowired JdbcClient jdbc;
    @Autowired ContentProvisioning provisioning;

    private final List<AutoCloseable> encoders = new ArrayList<>();
    private final List<MonitorEvent> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopEncoders() throws Exception {
        for (AutoCloseable encoder : encoders.reversed()) {
            encoder.close();
        }
        encoders.clear();
        TestAccounts.signOut();
    }

    /**
     * Issue 16, acceptance 1 (a) with the website player: parallel mode, every distribution server on A;
     * A's encoder (ffmpeg) turns its picture black (its sound goes on), freezes it, or falls silent; B
     * (GStreamer) stays normal. Every edge is on B within the threshold + 1 s, the website player's longest
     * stall is at most 0.5 s; the timeline row (saved) and the alert mail (GreenMail, German account) name the cause.
     */
    @ParameterizedTest
    @EnumSource(value = FailoverCause.class, names = {"PICTURE_BLACK", "PICTURE_FROZEN", "AUDIO_SILENT"})
    void a_content_fault_on_a_moves_every_edge_to_b_in_time_and_the_website_player_stalls_at_most_half_a_second(
            FailoverCause fault) throws Exception {
        String content = parallelContent("Inhaltsfehler " + fault.name().toLowerCase(Locale.ROOT) + " GmbH");
        String recipient = jdbc.sql("select a.contact_email from account a join content c on c.account_id = a.id"
                + " where c.content_id = ?").param(content).query(String.class).single();
        // 2,500 seats: the content is served by all three distribution servers (as in WebsitePlayerAcceptanceTest)
        jdbc.sql("update account set viewer_seats = 2500 where id = (select account_id from content where content_id = ?)")
                .param(content).update();
        ScriptedEncoder a = ScriptedEncoder.publish(rtmpUrl(content, Entrypoint.PRIMARY), ScriptedEncoder.Settings.SMALL);
        encoders.add(a);
        await().atMost(Duration.ofSeconds(40)).until(() -> publishing(content, Entrypoint.PRIMARY));
        // A first, then B: the edges start on A
        if (GstreamerEncoder.available()) {
            encoders.add(GstreamerEncoder.publish(rtmpUrl(content, Entrypoint.BACKUP), 320, 180, 10));
        } else {
            encoders.add(ScriptedEncoder.publish(rtmpUrl(content, Entrypoint.BACKUP), ScriptedEncoder.Settings.SMALL));
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> publishing(content, Entrypoint.BACKUP));

        Page player = newContext("en-US", Viewport.DESKTOP).newPage();
        player.navigate("/player/" + content);
        awaitPlaying(player, 2);
        // B must have delivered cleanly for the clean time before an edge may switch to it
        player.waitForTimeout(6_000);
        assertThat(edgesOn(content)).as("every edge on A before the fault").isNotEmpty().containsOnly(Entrypoint.PRIMARY);
        String edge = (String) fact(player, "edgeId");
        int stallsBefore = ((Number) player.evaluate("() => window.__player.stalls.length")).intValue();
        double playedBefore = number(player, "currentTime");

        // alert mails on once both receive (before, B's start-up DOWN would take the content's alert window)
        alerts.setEnabled(true);
        try (AutoCloseable subscription = bus.subscribe(events::add)) {
            long black = System.nanoTime();
            switch (fault) {
                case PICTURE_BLACK -> a.black();
                case PICTURE_FROZEN -> a.freeze();
                default -> a.silence();
            }
            await().atMost(THRESHOLD.plusSeconds(1).plus(slack())).pollInterval(Duration.ofMillis(20))
                    .until(() -> { List<Entrypoint> on = edgesOn(content);
                        return !on.isEmpty() && on.stream().allMatch(Entrypoint.BACKUP::equals); });
            Duration took = Duration.ofNanos(System.nanoTime() - black);
            int edges = edgesOn(content).size();
            player.waitForTimeout(6_000);

            double played = number(player, "currentTime") - playedBefore;
            // the stalls that ended since the fault, and one still open (maxStallMs counts it; it shows when it is
            // longer than every ended stall)
            double maxStallMs = ((Number) player.evaluate("n => { const p = window.__player;"
                    + " const ended = Math.max(0, ...p.stalls); const open = p.maxStallMs > ended ? p.maxStallMs : 0;"
                    + " return Math.max(0, open, ...p.stalls.slice(n)); }",
                    stallsBefore)).doubleValue();
            System.out.printf("website player (issue 16): %s on A -> all %d edges on B after %d ms;"
                    + " player played %.1f s, longest stall from the fault on %.0f ms, edge %s%n", fault, edges, took.toMillis(),
                    played, maxStallMs, edge);
            assertThat(took).isLessThanOrEqualTo(THRESHOLD.plusSeconds(1).plus(slack()));
            assertThat(edges).as("more than one distribution server moved").isGreaterThanOrEqualTo(2);
            assertThat(failovers(content)).as("the edges' reason").isNotEmpty().allSatisfy(f -> {
                assertThat(f.from()).isEqualTo(Entrypoint.PRIMARY);
                assertThat(f.cause()).isEqualTo(fault);
            });
            assertThat(played).as("kept playing").isGreaterThan(4.0);
            assertThat(maxStallMs).as("longest stall of the website player from the fault on").isLessThanOrEqualTo(500);
            assertThat(fact(player, "edgeId")).as("stays on its edge").isEqualTo(edge);
            screenshot(player, "website-player-after-" + fault.name().toLowerCase(Locale.ROOT));
            // the timeline keeps one row per edge with the cause; the alert mail names it (the failover's words
            // or the issue on A, whichever came first: one mail per incident)
            await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql("select count(*) from failover_event where"
                    + " content_id = ? and failover_cause = ?").params(content, fault.name()).query(Long.class).single(),
                    rows -> rows >= 1);
            String[] words = switch (fault) {
                case PICTURE_BLACK -> new String[] {"Das Bild an Eingangsserver A war", "Das Bild ist schwarz"};
                case PICTURE_FROZEN -> new String[] {"Das Bild an Eingangsserver A stand", "Das Bild steht still"};
                default -> new String[] {"Der Ton an Eingangsserver A war", "Der Ton ist stumm"};
            };
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(alertsTo(recipient))
                    .anySatisfy(mail -> assertThat(LivePipelineWithMail.plainText(mail)).containsAnyOf(words)));
        }
    }

    /**
     * Issue 16, acceptance 4 with the real mail: standby mode, only A publishes; its picture turns black.
     * The alert mail (real SMTP; the account writes German) warns with the fix; nothing switches.
     */
    @Test
    void in_standby_a_black_picture_on_a_is_a_warning_in_the_alert_mail_and_nothing_switches() throws Exception {
        PortalUser customer = new TestAccounts(jdbc, provisioning).customer("Standby Schwarz GmbH", 2, 500);
        TestAccounts.signIn(customer);
        bookings.book(new BookingDraft(BookingMode.STANDBY, List.of("Livestream"), true), Locale.ENGLISH);
        alerts.setEnabled(true);
        String content = customers.contentId();
        String recipient = jdbc.sql("select contact_email from account where id = ?").param(customer.accountId())
                .query(String.class).single();
        ScriptedEncoder a = ScriptedEncoder.publish(rtmpUrl(content, Entrypoint.PRIMARY), ScriptedEncoder.Settings.SMALL);
        encoders.add(a);
        await().atMost(Duration.ofSeconds(40)).until(() -> publishing(content, Entrypoint.PRIMARY));
        // the analysis sees a picture for a few segments; the edges are on A
        await().pollDelay(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(30))
                .until(() -> !edgesOn(content).isEmpty() && edgesOn(content).stream().allMatch(Entrypoint.PRIMARY::equals));
        int mailsBefore = alertsTo(recipient).size();

        try (AutoCloseable subscription = bus.subscribe(events::add)) {
            a.black();
            MimeMessage mail;
            try {
                mail = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                        .until(() -> alertsTo(recipient).stream().skip(mailsBefore)
                                .filter(m -> subject(m).contains("Problem mit Bild oder Ton")).toList(),
                                list -> !list.isEmpty()).getFirst();
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                System.out.println("mails to " + recipient + ": " + jdbc.sql("select subject || ' ' || status from"
                        + " outbox_mail where recipient = ?").param(recipient).query(String.class).list());
                throw e;
            }
            String text = mail.getSubject() + "\n" + LivePipelineWithMail.plainText(mail);
            System.out.println("standby black picture alert mail:\n" + text);
            assertThat(alertsTo(recipient)).as("B without an encoder is standby's normal state, no alarm")
                    .noneMatch(m -> subject(m).contains("Eingangsserver B"));
            assertThat(mail.getSubject()).startsWith("Live-Alarm: Problem mit Bild oder Ton an Eingangsserver A");
            assertThat(text).contains("Warnung: Das Bild ist schwarz").contains("Prüfen Sie Kamera und Capture-Karte");
            Thread.sleep(3_000); // the threshold passed long ago: a switch would have happened by now
            assertThat(failovers(content)).as("nothing switches").isEmpty();
            assertThat(edgesOn(content)).isNotEmpty().containsOnly(Entrypoint.PRIMARY);
        }
    }

    /**
     * Issue 18, acceptance 1 (and 2) with the website player: A receives by RTMPS (ffmpeg) and the website
     * player plays it; B receives by SRT (ffmpeg, AES-128); A's encoder dies and the player plays on from B's
     * SRT-carried stream.
     */
    @Test
    void the_website_player_plays_a_stream_published_by_rtmps_and_one_published_by_srt() throws Exception {
        String content = parallelContent("Verschluesselt Player GmbH");
        LivePipelineProperties ports = PIPELINE.pipeline();
        TestEncoder rtmps = TestEncoder.start(TestEncoder.rtmpsArguments("127.0.0.1", ports.primaryRtmps,
                key(content, Entrypoint.PRIMARY), "320x180", 10));
        encoders.add(rtmps);
        await().atMost(Duration.ofSeconds(40)).until(() -> protocol(content, Entrypoint.PRIMARY) == IngestProtocol.RTMPS);

        Page player = newContext("en-US", Viewport.DESKTOP).newPage();
        player.navigate("/player/" + content);
        awaitPlaying(player, 2);
        assertThat(edgesOn(content)).isNotEmpty().containsOnly(Entrypoint.PRIMARY);
        double rtmpsFrom = number(player, "currentTime");
        player.waitForFunction("from => window.__player.currentTime > from + 4", rtmpsFrom,
                new Page.WaitForFunctionOptions().setTimeout(20_000));

        encoders.add(TestEncoder.start(TestEncoder.srtArguments("127.0.0.1", ports.backupSrt, content,
                SrtPassphrases.of(key(content, Entrypoint.BACKUP)), Duration.ofMillis(500), "320x180", 10)));
        await().atMost(Duration.ofSeconds(40)).until(() -> protocol(content, Entrypoint.BACKUP) == IngestProtocol.SRT);
        player.waitForTimeout(6_000); // B clean for the clean time
        rtmps.kill9();
        await().atMost(Duration.ofSeconds(15)).until(() -> { List<Entrypoint> on = edgesOn(content);
            return !on.isEmpty() && on.stream().allMatch(Entrypoint.BACKUP::equals); });
        double srtFrom = number(player, "currentTime");
        player.waitForFunction("from => window.__player.currentTime > from + 4", srtFrom,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertThat(edgesOn(content)).as("still on the SRT-fed entrypoint").containsOnly(Entrypoint.BACKUP);
        assertThat(protocol(content, Entrypoint.BACKUP)).isEqualTo(IngestProtocol.SRT);
        System.out.printf("website player (issue 18): played %.1f s from RTMPS, then %.1f s from SRT, longest stall %.0f ms%n",
                srtFrom - rtmpsFrom, number(player, "currentTime") - srtFrom, number(player, "maxStallMs"));
        screenshot(player, "website-player-srt");
    }

    private String parallelContent(String company) {
        customers.signedInWithParallelBooking(company, Locale.ENGLISH);
        return customers.contentId();
    }

    /** The content's stream key on an entrypoint (read while the customer is signed in). */
    private String key(String content, Entrypoint entrypoint) {
        return setup.revealKey(content, entrypoint);
    }

    private String rtmpUrl(String content, Entrypoint entrypoint) {
        LivePipelineProperties ports = PIPELINE.pipeline();
        int port = entrypoint == Entrypoint.PRIMARY ? ports.primaryRtmp : ports.backupRtmp;
        return "rtmp://127.0.0.1:" + port + "/live/" + key(content, entrypoint);
    }

    private boolean publishing(String content, Entrypoint entrypoint) {
        return pipeline.health(content, entrypoint).filter(h -> h.publishing()).isPresent();
    }

    private IngestProtocol protocol(String content, Entrypoint entrypoint) {
        return pipeline.health(content, entrypoint).filter(h -> h.publishing()).map(h -> h.protocol()).orElse(null);
    }

    /** The source of every distribution server of the content (none while it has no edge). */
    private List<Entrypoint> edgesOn(String content) {
        return pipeline.edges().map(fleet -> fleet.edgeIds(content).stream()
                .flatMap(edge -> fleet.activeSource(content, edge).stream()).toList()).orElse(List.of());
    }

    private List<FailoverHappened> failovers(String content) {
        return events.stream().filter(e -> e instanceof FailoverHappened f && f.contentId().equals(content)
                && f.cause() != FailoverCause.START).map(FailoverHappened.class::cast).toList();
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

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitPlaying(Page player, double seconds) {
        player.waitForFunction("s => window.__player && window.__player.state === 'live'"
                + " && window.__player.currentTime > s", seconds, new Page.WaitForFunctionOptions().setTimeout(60_000));
    }

    private static Object fact(Page page, String name) {
        return page.evaluate("name => window.__player ? window.__player[name] : null", name);
    }

    private static double number(Page page, String name) {
        Object value = fact(page, name);
        return value instanceof Number n ? n.doubleValue() : -1;
    }

    /** The shared machine's slack on top of the threshold + 1 s (property content.slack.millis, default 0). */
    private static Duration slack() {
        return Duration.ofMillis(Long.getLong("content.slack.millis", 0));
    }
}
