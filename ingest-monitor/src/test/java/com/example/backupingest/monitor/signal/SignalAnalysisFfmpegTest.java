package com.example.backupingest.monitor.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentFault;
import com.example.backupingest.monitor.pipeline.ScriptedEncoder;
import com.example.backupingest.monitor.testing.FreePort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The analysis branch with real ffmpeg: an encoder whose picture goes black, freezes and whose sound
 * falls silent while it keeps sending, and an ffmpeg running exactly {@link SignalFilters}' output on
 * that stream. Each fault is reported within a second and dated to when it began.
 */
class SignalAnalysisFfmpegTest {

    private final List<Process> processes = new ArrayList<>();
    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final List<String> otherLines = new CopyOnWriteArrayList<>();

    private record Report(Instant at, List<ActiveFault> faults) {
    }

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void black_frozen_and_silent_are_reported_at_once_and_dated_to_their_start() throws Exception {
        SignalAnalysis analysis = analyse(ScriptedEncoder.Settings.SMALL);
        try (ScriptedEncoder encoder = encoder(ScriptedEncoder.Settings.SMALL)) {
            awaitKeyframes(analysis, Duration.ofSeconds(20));
            assertThat(analysis.state().faults()).isEmpty();

            for (ContentFault fault : List.of(ContentFault.PICTURE_BLACK, ContentFault.PICTURE_FROZEN,
                    ContentFault.AUDIO_SILENT)) {
                Instant start = Instant.now();
                switch (fault) {
                    case PICTURE_BLACK -> encoder.black();
                    case PICTURE_FROZEN -> encoder.freeze();
                    default -> encoder.silence();
                }
                await().atMost(Duration.ofSeconds(3)).until(() -> shows(analysis, fault));
                Duration reportedAfter = Duration.between(start, Instant.now());
                ActiveFault shown = analysis.state().faults().stream().filter(f -> f.fault() == fault).findFirst()
                        .orElseThrow();
                System.out.printf("[signal] %s reported after %d ms, dated %+d ms from the command%n", fault,
                        reportedAfter.toMillis(), Duration.between(start, shown.since()).toMillis());
                // the encoder, its muxer and the decoder's frame threads take a few frames (10 fps here)
                assertThat(shown.since()).as(fault + " dated to its start, not before the command")
                        .isBetween(start.minusMillis(100), start.plusMillis(1500));
                // black and silence are named on their first frame, a freeze once it has lasted 0.4 s
                assertThat(Duration.between(shown.since(), start.plus(reportedAfter))).as(fault + " reported at once")
                        .isLessThan(Duration.ofMillis(fault == ContentFault.PICTURE_FROZEN ? 1000 : 400));

                encoder.normal();
                await().atMost(Duration.ofSeconds(3)).until(() -> analysis.state().faults().isEmpty());
            }
            assertThat(analysis.state().keyframeInterval()).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2100));
            assertThat(analysis.state().keyframeSpread()).isLessThanOrEqualTo(Duration.ofMillis(100));
            assertThat(analysis.state().interlaced()).isFalse();
            assertThat(reports).extracting(r -> r.faults().size()).contains(0, 1);
            assertThat(otherLines).as("no analysis output leaks into the log lines")
                    .noneMatch(l -> l.startsWith("frame:") || l.startsWith("lavfi.") || l.startsWith("sig="));
        }
    }

    @Test
    void an_interlaced_encoder_with_long_keyframe_intervals_is_seen_as_such() throws Exception {
        ScriptedEncoder.Settings settings = ScriptedEncoder.Settings.SMALL.withInterlacing().withKeyframeSeconds(3);
        SignalAnalysis analysis = analyse(settings);
        try (ScriptedEncoder ignored = encoder(settings)) {
            awaitKeyframes(analysis, Duration.ofSeconds(30));
            assertThat(analysis.state().interlaced()).isTrue();
            assertThat(analysis.state().keyframeInterval()).isBetween(Duration.ofMillis(2900), Duration.ofMillis(3100));
        }
    }

    private int port;

    private SignalAnalysis analyse(ScriptedEncoder.Settings settings) throws IOException {
        port = FreePort.next();
        SignalAnalysis analysis = new SignalAnalysis(Clock.systemUTC(),
                faults -> reports.add(new Report(Instant.now(), faults)));
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "warning", "-nostdin",
                "-i", "tcp://127.0.0.1:" + port + "?listen=1"));
        command.addAll(SignalFilters.analysisOutput());
        Process ffmpeg = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(ffmpeg);
        Thread.ofVirtual().start(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(ffmpeg.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (!analysis.accept(line)) {
                        otherLines.add(line);
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        });
        return analysis;
    }

    /** The analysing ffmpeg listens once it has started: an encoder that came too early is started again. */
    private ScriptedEncoder encoder(ScriptedEncoder.Settings settings) throws Exception {
        return startRetrying(ScriptedEncoder.arguments(settings,
                List.of("-flush_packets", "1", "-f", "mpegts", "tcp://127.0.0.1:" + port)));
    }

    private ScriptedEncoder startRetrying(List<String> arguments) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (true) {
            ScriptedEncoder encoder = ScriptedEncoder.start(arguments);
            if (!encoder.process().waitFor(700, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return encoder;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the analysing ffmpeg never listened on " + port);
            }
        }
    }

    @Test
    void an_encoder_without_sound_is_missing_audio_from_its_first_second() throws Exception {
        SignalAnalysis analysis = analyse(ScriptedEncoder.Settings.SMALL);
        try (ScriptedEncoder ignored = encoder(ScriptedEncoder.Settings.SMALL.withoutAudio())) {
            awaitKeyframes(analysis, Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(3)).until(() -> shows(analysis, ContentFault.AUDIO_MISSING));
            assertThat(analysis.state().faults()).extracting(ActiveFault::fault).containsExactly(ContentFault.AUDIO_MISSING);
        }
    }

    private void awaitKeyframes(SignalAnalysis analysis, Duration atMost) {
        try {
            await().atMost(atMost).until(() -> analysis.state().keyframeIntervals() >= 2);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no keyframes analysed; ffmpeg said: " + otherLines, e);
        }
    }

    private static boolean shows(SignalAnalysis analysis, ContentFault fault) {
        return analysis.state().faults().stream().anyMatch(f -> f.fault() == fault);
    }
}
