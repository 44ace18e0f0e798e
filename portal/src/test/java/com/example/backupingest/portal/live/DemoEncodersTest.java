package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.account.AccountSummary;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.booking.BookingAction;
import com.example.backupingest.portal.booking.BookingDetails;
import com.example.backupingest.portal.booking.BookingEvent;
import com.example.backupingest.portal.security.Actor;
import com.example.backupingest.portal.security.PortalUser;
import com.example.backupingest.portal.security.Role;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.security.CurrentUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

/**
 * The demo encoders' life cycle with a stand-in encoder (a shell script that logs its pid and
 * runs until it reads 'q' or is killed): a dropped connection is reconnected after the delay, a
 * killed encoder stays dead, they stop after the time limit and when their content is removed.
 * The real ffmpeg against real nginx-rtmp: LiveBrowserTest's drill, LivePipelineTest.
 */
class DemoEncodersTest {

    private static final PortalUser CUSTOMER = new PortalUser("kunde", null, Role.CUSTOMER, 7L, "Demo GmbH",
            Locale.GERMAN);

    @TempDir Path folder;
    private final StreamSetupService setup = Mockito.mock(StreamSetupService.class);
    private DemoEncoders demo;

    @BeforeEach
    void oneContentOnBothIngestServers() throws IOException {
        Path encoder = folder.resolve("encoder.sh");
        // like ffmpeg: runs until 'q' on stdin; notes each start (one line per process) for the test
        Files.writeString(encoder, "#!/bin/sh\necho $$ >> '" + folder.resolve("starts") + "'\nread line\n");
        Files.setPosixFilePermissions(encoder, PosixFilePermissions.fromString("rwx------"));
        Mockito.when(setup.contents()).thenReturn(List.of(content("c1"), content("c2")));
        Mockito.when(setup.revealKey(Mockito.anyString(), Mockito.any())).thenReturn("secret-key");
        TestAccounts.signIn(CUSTOMER);
    }

    @AfterEach
    void stopAll() {
        if (demo != null) {
            demo.close();
        }
        TestAccounts.signOut();
    }

    @Test
    void an_encoder_whose_connection_dropped_reconnects_after_the_delay_and_a_killed_one_stays_dead()
            throws Exception {
        demo = demo(Duration.ofMillis(300), Duration.ofMinutes(30));
        demo.start("c1");
        await().atMost(Duration.ofSeconds(10)).until(() -> starts().size() == 2);

        // the drill drops the connection: ffmpeg exits; like OBS set to reconnect, it comes back
        ProcessHandle.of(Long.parseLong(starts().getFirst())).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> starts().size() == 3);
        assertThat(demo.running("c1")).isTrue();

        assertThat(demo.kill("c1", Entrypoint.PRIMARY)).isTrue();
        assertThat(demo.kill("c1", Entrypoint.PRIMARY)).as("already gone").isFalse();
        Thread.sleep(1_000); // time for a wrongful restart to happen: none may
        assertThat(starts()).as("a killed encoder is not restarted").hasSize(3);
        assertThat(demo.running("c1")).as("B still sends").isTrue();
    }

    @Test
    void they_stop_by_themselves_after_the_limit_and_the_status_says_so() throws Exception {
        demo = demo(Duration.ofMillis(300), Duration.ofSeconds(2));
        demo.start("c1");
        var status = demo.status("c1");
        await().atMost(Duration.ofSeconds(10)).until(() -> starts().size() == 2);
        assertThat(status.get().running()).isTrue();
        assertThat(status.get().stopsAt()).isNotNull();

        await().atMost(Duration.ofSeconds(10)).until(() -> status.get().stoppedAfterLimit());
        assertThat(status.get().running()).isFalse();
        assertThat(alive()).as("no encoder process left").isZero();

        demo.start("c1");
        assertThat(status.get().stoppedAfterLimit()).as("a new start clears the notice").isFalse();
    }

    @Test
    void a_booking_change_that_removes_their_content_stops_them_and_keeps_the_others() throws Exception {
        demo = demo(Duration.ofMillis(300), Duration.ofMinutes(30));
        demo.start("c1");
        demo.start("c2");
        await().atMost(Duration.ofSeconds(10)).until(() -> starts().size() == 4);

        demo.on(bookingEventWith(List.of(content("c2"), content("c3"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> alive() == 2);
        assertThat(demo.running("c1")).isFalse();
        assertThat(demo.running("c2")).isTrue();
        demo.on(new BookingEvent(BookingAction.CHANGED, account(8L), Mockito.mock(BookingDetails.class), List.of(),
                Actor.customer("someone-else"), Locale.GERMAN));
        assertThat(demo.running("c2")).as("another account's change stops nothing").isTrue();
    }

    private DemoEncoders demo(Duration reconnect, Duration limit) {
        return new DemoEncoders(setup, new CurrentUser(), new DemoEncoderArgs(folder.resolve("encoder.sh").toString(),
                "320x180", 10, Duration.ofSeconds(2)), new DemoEncoderProperties(reconnect, limit), Clock.systemUTC());
    }

    private List<String> starts() throws IOException {
        Path file = folder.resolve("starts");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private long alive() throws IOException {
        return starts().stream().map(Long::parseLong).map(ProcessHandle::of)
                .filter(h -> h.map(ProcessHandle::isAlive).orElse(false)).count();
    }

    private static BookingEvent bookingEventWith(List<ContentSetup> contents) {
        return new BookingEvent(BookingAction.CHANGED, account(7L), Mockito.mock(BookingDetails.class), contents,
                Actor.customer("kunde"), Locale.GERMAN);
    }

    private static AccountSummary account(long id) {
        return new AccountSummary(id, "K-" + id, "Demo GmbH", "demo@example.com", "S", 100, 4, Locale.GERMAN);
    }

    private static ContentSetup content(String id) {
        return new ContentSetup(id, "Bühne " + id, List.of(new IngestEndpoint(Entrypoint.PRIMARY, "rtmp://a/live",
                "••••-key"), new IngestEndpoint(Entrypoint.BACKUP, "rtmp://b/live", "••••-key")));
    }
}
