package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 7: while both entrypoints still receive their encoders (DEGRADED: both transcoders
 * crashed and restart) the edge holds: its cause is a stall, not a lost publisher, and it resumes by
 * rule 5 (the portal words both without calling a publishing server down). Real nginx-rtmp, ffmpeg
 * encoders and transcoders; the transcoders are killed with SIGKILL.
 */
@PipelineTest
class EdgeHoldWordsTest {

    static RunningMonitor monitor;
    static final List<MonitorEvent> EVENTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startMonitor(RunningMonitor shared) {
        monitor = shared; // this class's keys are in SharedPipelineMonitor.KEYS
        monitor.pipeline().bus().subscribe(EVENTS::add);
    }

    @Test
    void an_edge_holding_while_both_encoders_still_publish_does_not_call_them_down() throws Exception {
        try (TestEncoder a = TestEncoder.publish(monitor.rtmpPort(PRIMARY), "hold-a");
                TestEncoder b = TestEncoder.publish(monitor.rtmpPort(BACKUP), "hold-b")) {
            Awaitility.await("both LIVE").atMost(Duration.ofSeconds(40))
                    .until(() -> state(PRIMARY) == HealthState.LIVE && state(BACKUP) == HealthState.LIVE);
            Thread.sleep(5_000); // B clean, so nothing is left of the start

            TranscoderManager transcoders = monitor.bean(TranscoderManager.class);
            for (Entrypoint entrypoint : Entrypoint.values()) {
                TestEncoder.signal(transcoders.pid(entrypoint, "holdwords").orElseThrow(), "KILL");
            }

            FailoverHappened hold = Awaitility.await("the edge holds").atMost(Duration.ofSeconds(20))
                    .until(() -> failover(f -> f.to() == null), Optional::isPresent).orElseThrow();
            assertThat(a.alive() && b.alive()).as("both encoders still publish").isTrue();
            assertThat(monitor.pipeline().health("holdwords", BACKUP).orElseThrow().publishing()).isTrue();
            // no "publisher gone": the encoders still publish; the edge held because no segments came (the words
            // a customer reads are the portal's, FailoverWordsTest: they never call a publishing server down)
            assertThat(hold.cause()).isEqualTo(FailoverCause.STALL);
            // the state at the hold, from the events: both DEGRADED (transcoder gone, encoder still there), none DOWN
            for (Entrypoint entrypoint : Entrypoint.values()) {
                assertThat(stateAt(entrypoint, hold.at())).as(entrypoint + " at the hold").isEqualTo(HealthState.DEGRADED);
            }
            // the words the portal shows for this hold (FailoverWords: live.cause.<CAUSE>.hold; the edges panel:
            // live.edges.holding*), read from the portal's own bundles: never "down" / "ausgefallen"
            for (String bundle : List.of("translations.properties", "translations_de.properties")) {
                Properties words = portalWords(bundle);
                for (String key : List.of("live.cause." + hold.cause().name() + ".hold", "live.edges.holding",
                        "live.edges.holdingWaiting")) {
                    assertThat(words.getProperty(key)).as(bundle + " " + key).isNotBlank()
                            .doesNotContainIgnoringCase("down").doesNotContainIgnoringCase("ausgefallen")
                            .doesNotContainIgnoringCase("ausfall");
                }
            }

            FailoverHappened resumed = Awaitility.await("the edge resumes").atMost(Duration.ofSeconds(40))
                    .until(() -> failover(f -> f.from() == null && f.to() != null && f.at().isAfter(hold.at())),
                            Optional::isPresent).orElseThrow();
            assertThat(resumed.cause()).isEqualTo(FailoverCause.RESUMED);
        }
    }

    /** The state the last HealthChanged before {@code at} reported (the events are what the portal shows). */
    private static HealthState stateAt(Entrypoint entrypoint, java.time.Instant at) {
        return EVENTS.stream().filter(HealthChanged.class::isInstance).map(HealthChanged.class::cast)
                .filter(h -> h.contentId().equals("holdwords") && h.health().entrypoint() == entrypoint)
                .filter(h -> !h.at().isAfter(at)).reduce((x, y) -> y).map(h -> h.health().state()).orElse(HealthState.IDLE);
    }

    private static Properties portalWords(String bundle) throws java.io.IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("portal/src/main/resources/vaadin-i18n"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root").isNotNull();
        Properties words = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("portal/src/main/resources/vaadin-i18n").resolve(bundle))) {
            words.load(in);
        }
        return words;
    }

    private static HealthState state(Entrypoint entrypoint) {
        return monitor.pipeline().health("holdwords", entrypoint).map(EntrypointHealth::state).orElse(HealthState.IDLE);
    }

    private static Optional<FailoverHappened> failover(java.util.function.Predicate<FailoverHappened> which) {
        return EVENTS.stream().filter(FailoverHappened.class::isInstance).map(FailoverHappened.class::cast)
                .filter(f -> f.contentId().equals("holdwords")).filter(which).findFirst();
    }
}
