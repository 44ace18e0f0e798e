package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.ContentFault;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.signal.ContentSignals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: detection time per content fault. For each of {@code bench.runs} runs per fault, a fresh
 * content with two ffmpeg encoders (640x360, 25 fps, keyframe every 2 s) in parallel mode; once both
 * are analysed and clean, a random 0.3-2.3 s wait (so the fault starts anywhere in a segment and
 * between analysed pictures), then A's picture turns black, freezes or its sound falls silent. Measured:
 * the command to A's encoder → every edge on B. Default threshold 2 s; goal threshold + at most 0.5 s.
 */
@Tag("benchmark")
class ContentFaultBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 10);
    static final List<ContentFault> FAULTS = List.of(ContentFault.PICTURE_BLACK, ContentFault.PICTURE_FROZEN,
            ContentFault.AUDIO_SILENT);

    @Test
    void measure_fault_start_to_every_edge_on_the_other_entrypoint() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        for (ContentFault fault : FAULTS) {
            for (int i = 0; i < RUNS; i++) {
                String content = content(fault, i);
                keys.put(ContentFailoverTest.key(content, PRIMARY), "1:" + content + ":A:2");
                keys.put(ContentFailoverTest.key(content, BACKUP), "1:" + content + ":B:2");
            }
        }
        List<String> report = new ArrayList<>();
        try (RunningMonitor monitor = new RunningMonitor(keys)) {
            for (ContentFault fault : FAULTS) {
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    millis.add(run(monitor, fault, content(fault, i)));
                    System.out.printf(Locale.ROOT, "[bench] %s run %d: every edge on B after %.0f ms%n", fault, i,
                            millis.getLast());
                }
                report.add(fault + " → every edge on B: " + stats(millis));
            }
        }
        report.forEach(line -> System.out.println("[bench] " + line));
    }

    private static double run(RunningMonitor monitor, ContentFault fault, String content) throws Exception {
        ScriptedEncoder.Settings settings = ScriptedEncoder.Settings.SMALL.withSize("640x360").withFps(25);
        try (ScriptedEncoder a = ScriptedEncoder.publish(url(monitor, content, PRIMARY), settings);
                ScriptedEncoder b = ScriptedEncoder.publish(url(monitor, content, BACKUP), settings)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    analysed(monitor, content, PRIMARY) && analysed(monitor, content, BACKUP)
                            && segments(monitor, content, PRIMARY) >= 4 && segments(monitor, content, BACKUP) >= 4
                            && edgesOn(monitor, content).equals(List.of(PRIMARY, PRIMARY)));
            Thread.sleep(ThreadLocalRandom.current().nextLong(300, 2300)); // a random point of a segment
            long start = System.nanoTime();
            switch (fault) {
                case PICTURE_BLACK -> a.black();
                case PICTURE_FROZEN -> a.freeze();
                default -> a.silence();
            }
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(10))
                    .until(() -> edgesOn(monitor, content).equals(List.of(BACKUP, BACKUP)));
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static String stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(0.95 * sorted.size()) - 1));
        return String.format(Locale.ROOT, "median %.0f ms, p95 %.0f ms (n=%d, min %.0f, max %.0f)", median, p95,
                sorted.size(), sorted.getFirst(), sorted.getLast());
    }

    private static String content(ContentFault fault, int run) {
        return ("cb" + fault.name().charAt(fault.name().indexOf('_') + 1) + run).toLowerCase(Locale.ROOT);
    }

    private static boolean analysed(RunningMonitor monitor, String content, Entrypoint entrypoint) {
        var state = monitor.bean(ContentSignals.class).state(content, entrypoint);
        return state.keyframeIntervals() >= 2 && state.faults().isEmpty();
    }

    private static long segments(RunningMonitor monitor, String content, Entrypoint entrypoint) {
        var response = PipelineAcceptanceTest.get(monitor.pipeline().origins().mediaPlaylist(entrypoint, content,
                Rendition.ORIGINAL));
        return response.statusCode() == 200 ? response.body().split("#EXTINF", -1).length - 1 : 0;
    }

    private static List<Entrypoint> edgesOn(RunningMonitor monitor, String content) {
        return monitor.edges().edgeIds(content).stream()
                .flatMap(edge -> monitor.edges().activeSource(content, edge).stream()).toList();
    }

    private static String url(RunningMonitor monitor, String content, Entrypoint entrypoint) {
        return "rtmp://127.0.0.1:" + monitor.rtmpPort(entrypoint) + "/live/" + ContentFailoverTest.key(content, entrypoint);
    }
}
