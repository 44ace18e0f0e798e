package com.example.backupingest.monitor.bench;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.pipeline.EdgeFollower;
import com.example.backupingest.monitor.pipeline.RunningMonitor;
import com.example.backupingest.monitor.pipeline.TestEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Switch and detection times in parallel mode, {@value #RUNS} runs each: encoder A killed (kill -9)
 * and encoder A frozen (SIGSTOP). Switch time = break until the edge playlist lists B's first segment
 * (read over HTTP like a player); detection = FailoverHappened.at minus the break. Not part of the
 * normal build: {@code -Dgroups=benchmark -DexcludedGroups=}.
 */
@Tag("benchmark")
class FailoverBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 10);
    static final String SIZE = System.getProperty("bench.failover.size", "640x360");
    static final int FPS = 25;

    @Test
    void measure_switch_and_detection_times() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String mode : List.of("kill", "stop")) {
            for (int i = 0; i < RUNS; i++) {
                keys.put(key(mode + i, PRIMARY), "1:" + mode + i + ":A:1");
                keys.put(key(mode + i, BACKUP), "1:" + mode + i + ":B:1");
            }
        }
        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        List<String> report = new ArrayList<>();
        try (RunningMonitor monitor = new RunningMonitor(keys, "--logging.level.com.example=WARN")) {
            monitor.pipeline().bus().subscribe(events::add);
            for (String mode : List.of("kill", "stop")) {
                List<Double> switches = new ArrayList<>();
                List<Double> decisions = new ArrayList<>();
                List<Double> detections = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    double[] run = run(monitor, events, mode + i, mode.equals("stop"));
                    decisions.add(run[0]);
                    detections.add(run[1]);
                    switches.add(run[2]);
                    System.out.printf("[bench] %s run %d: decided %.0f ms, detection %.0f ms, switch %.0f ms%n", mode, i,
                            run[0], run[1], run[2]);
                }
                String what = mode.equals("kill") ? "encoder A kill -9" : "encoder A SIGSTOP";
                report.add(what + " switch (break -> B segment listed): " + Stats.of(switches).format("ms"));
                report.add(what + " decision (break -> FailoverHappened): " + Stats.of(decisions).format("ms"));
                report.add(what + " detection (observable -> decision): " + Stats.of(detections).format("ms"));
            }
        }
        report.forEach(line -> System.out.println("[bench] " + line));
    }

    /** One content: A and B publish, B becomes clean, A breaks. Returns decision, detection and switch in ms. */
    private static double[] run(RunningMonitor monitor, List<MonitorEvent> events, String content, boolean freeze)
            throws Exception {
        try (TestEncoder a = TestEncoder.publish(monitor.rtmpPort(PRIMARY), key(content, PRIMARY), SIZE, FPS);
                TestEncoder b = TestEncoder.publish(monitor.rtmpPort(BACKUP), key(content, BACKUP), SIZE, FPS);
                EdgeFollower follower = new EdgeFollower(monitor.edgePlaylist(content, "edge-1", "original"))) {
            awaitTrue(Duration.ofSeconds(40), () -> follower.count() >= 2 && segments(monitor, content, BACKUP) >= 4);
            Thread.sleep(300 + (long) (Math.random() * 2000)); // break at a random point of a segment
            Instant broken = Instant.now();
            if (freeze) {
                a.freeze();
            } else {
                a.kill9();
            }
            FailoverHappened toB = await(Duration.ofSeconds(20), () -> events.stream()
                    .filter(e -> e instanceof FailoverHappened f && f.contentId().equals(content) && f.to() == BACKUP)
                    .map(FailoverHappened.class::cast).findFirst());
            EdgeFollower.Seen firstB = await(Duration.ofSeconds(20), () -> follower.firstDiscontinuityListedAfter(broken));
            return new double[] {Duration.between(broken, toB.at()).toMillis(), toB.detection().toMillis(),
                    Duration.between(broken, firstB.firstListed()).toMillis()};
        }
    }

    static String key(String content, Entrypoint entrypoint) {
        return "b" + entrypoint.letter() + content + "Secret42";
    }

    private static int segments(RunningMonitor monitor, String content, Entrypoint entrypoint) {
        URI uri = monitor.pipeline().origins().mediaPlaylist(entrypoint, content, Rendition.ORIGINAL);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body().split("#EXTINF", -1).length - 1 : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static <T> T await(Duration timeout, Supplier<Optional<T>> value) throws InterruptedException {
        return org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(20)).until(value::get, Optional::isPresent)
                .orElseThrow();
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition)
            throws InterruptedException {
        await(timeout, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }
}
