package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.portal.live.ui.SimulatedDashboard;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Benchmark harness, not a test (its name keeps it out of normal runs): many open Live pages at one
 * update per second through the real fan-out. Sessions are simulated server-side (see
 * {@link SimulatedDashboard}); run with
 * {@code ./mvnw -B -pl portal test -Dtest=LiveDashboardsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LiveDashboardsBenchmark {

    private static final Duration RUN = Duration.ofSeconds(15);

    @Test
    void push_delivery_and_heap_per_session_at_100_300_and_1000_dashboards() throws Exception {
        for (int sessions : new int[] {100, 300, 1000}) {
            run(sessions);
        }
    }

    private void run(int sessions) throws Exception {
        long heapBefore = usedHeapAfterGc();
        List<SimulatedDashboard> dashboards = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            dashboards.add(new SimulatedDashboard());
        }
        long heapPerSession = (usedHeapAfterGc() - heapBefore) / sessions;
        dashboards.forEach(d -> d.apply(snapshot("warm-up", 0))); // the card facts exist from the first tick on
        long heapPerLiveSession = (usedHeapAfterGc() - heapBefore) / sessions;
        long[] latencies = new long[sessions * (int) RUN.toSeconds()];
        int[] count = {0};
        // sent time per (second, session): the snapshot carries its second in the bitrate
        AtomicLongArray sentAt = new AtomicLongArray(sessions * (int) RUN.toSeconds());
        try (LiveFanout fanout = new LiveFanout()) {
            for (int i = 0; i < sessions; i++) {
                SimulatedDashboard dashboard = dashboards.get(i);
                int session = i;
                fanout.register(i, "content-" + i, dashboard::access, update -> {
                    if (update instanceof LiveUpdate.Tick(LiveSnapshot s)) {
                        dashboard.apply(s);
                        int second = (int) (s.health(Entrypoint.PRIMARY).orElseThrow().inputBitrateKbps() - 2400);
                        record(latencies, count, System.nanoTime() - sentAt.get(second * sessions + session));
                    }
                });
            }
            long next = System.nanoTime();
            for (int second = 0; second < RUN.toSeconds(); second++) {
                for (int i = 0; i < sessions; i++) {
                    LiveSnapshot snapshot = snapshot("content-" + i, second);
                    sentAt.set(second * sessions + i, System.nanoTime());
                    fanout.publishToWatchers("content-" + i, new LiveUpdate.Tick(snapshot));
                }
                next += 1_000_000_000L;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
            try { // the deliveries that arrived within 10 s are evaluated below
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                        .until(() -> count[0] >= latencies.length);
            } catch (org.awaitility.core.ConditionTimeoutException late) {
                // fewer than all: what came is measured, the count is reported
            }
        }
        long[] done = Arrays.copyOf(latencies, Math.min(count[0], latencies.length));
        Arrays.sort(done);
        System.out.printf("live dashboards: %d sessions, %d deliveries, push delivery p50 %.2f ms, p95 %.2f ms,"
                        + " max %.2f ms, heap per session %.1f KiB (%.1f KiB with live facts), load %.1f on %d cores%n", sessions,
                done.length, ms(done, 0.50), ms(done, 0.95), done.length == 0 ? 0 : done[done.length - 1] / 1e6,
                heapPerSession / 1024.0, heapPerLiveSession / 1024.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        dashboards.clear();
    }

    private static synchronized void record(long[] latencies, int[] count, long nanos) {
        if (count[0] < latencies.length) {
            latencies[count[0]++] = nanos;
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, quantile * sorted.length)] / 1e6;
    }

    private static LiveSnapshot snapshot(String contentId, int second) {
        List<Long> bitrates = LongStream.range(0, 120).map(i -> 2400 + (i * 37 + second) % 300).boxed().toList();
        return new LiveSnapshot(contentId, Map.of(Entrypoint.PRIMARY, health(contentId, Entrypoint.PRIMARY, second),
                Entrypoint.BACKUP, health(contentId, Entrypoint.BACKUP, second)),
                Map.of(Entrypoint.PRIMARY, bitrates, Entrypoint.BACKUP, bitrates),
                List.of(new EdgeSource("edge-1", Entrypoint.PRIMARY, Instant.now()),
                        new EdgeSource("edge-2", Entrypoint.PRIMARY, Instant.now())), List.of());
    }

    private static EntrypointHealth health(String contentId, Entrypoint entrypoint, int second) {
        return new EntrypointHealth(contentId, entrypoint, HealthState.LIVE, "Publishing; segments are flowing", true,
                2400L + second, 25.0, 1280, 720, "H264", "High", "AAC", "LC", true, Duration.ofSeconds(2),
                Map.of(Rendition.ORIGINAL, 1.0, Rendition.P480, 1.0, Rendition.P360, 1.0), Duration.ofMillis(900),
                Instant.now().minusSeconds(600));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
