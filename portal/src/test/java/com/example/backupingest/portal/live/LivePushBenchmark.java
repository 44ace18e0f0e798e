package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.portal.account.TestAccounts;
import com.example.backupingest.portal.security.PortalUser;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark harness, not a test (name and tag keep it out of normal runs): concurrent Live pages
 * with real push connections. Every session signs in through the login form, loads the page the
 * way the Flow client does and keeps an Atmosphere WebSocket open ({@link PushDashboardClient}, in
 * a child JVM so the portal's heap and CPU are its own), while one content is transcoded by real
 * nginx-rtmp + ffmpeg (demo encoders, 640x360@15). Push delivery = tick start on the server →
 * WebSocket message with that tick's sparkline values in the client. Run with
 * {@code ./mvnw -B -pl portal -am test -Dtest=LivePushBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (optional {@code -Dbench.sessions=100,300,1000 -Dbench.seconds=20 -Dbench.histogram=true}).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:live-push;DB_CLOSE_DELAY=-1",
        // ServerTicks drives the ticker; the bean's own loop sleeps. 120 samples as with 1s/2m.
        "portal.live.tick=1h", "portal.live.sparkline-window=120h"})
@ActiveProfiles("test")
@Import(LiveCustomers.class)
class LivePushBenchmark {

    private static final LivePipelineProperties PIPELINE = new LivePipelineProperties();
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final boolean HISTOGRAM = Boolean.getBoolean("bench.histogram");
    /** {@code -Dbench.push=false}: heap only, pages without their WebSocket (what the connection itself costs). */
    private static final boolean PUSH = Boolean.parseBoolean(System.getProperty("bench.push", "true"));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PIPELINE.register(registry);
    }

    @LocalServerPort int port;
    @Autowired DemoEncoders demo;
    @Autowired LiveCustomers customers;
    @Autowired LiveTicker ticker;
    @Autowired LiveSnapshots snapshots;
    @Autowired LiveFanout fanout;

    @Test
    void push_delivery_cpu_and_heap_per_session_with_real_push_connections_while_one_content_is_transcoded()
            throws Exception {
        PortalUser customer = customers.signedInWithParallelBooking("Push Bench GmbH", Locale.ENGLISH);
        String contentId = customers.contentId();
        int[] sizes = Arrays.stream(System.getProperty("bench.sessions", "100,300,1000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        Duration run = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
        demo.start(contentId);
        try (ServerTicks ticks = new ServerTicks(ticker, snapshots, contentId, Duration.ofSeconds(1))) {
            awaitBothLive(contentId);
            idle(run);
            // first Atmosphere connection, caches, JIT: one-time costs that would land on the first size
            measure("warm-up, not a figure", customer.getUsername(), contentId, 10, Duration.ofSeconds(3), ticks);
            for (int sessions : sizes) {
                measure("live push", customer.getUsername(), contentId, sessions, run, ticks);
            }
        } finally {
            demo.stop(contentId);
            TestAccounts.signOut();
        }
    }

    private void measure(String label, String username, String contentId, int sessions, Duration run, ServerTicks ticks)
            throws Exception {
        int watchersBefore = fanout.watchers();
        long heapBefore = HeapHistogram.usedAfterGc();
        HeapHistogram histogramBefore = HISTOGRAM ? HeapHistogram.now() : null;
        long openStarted = System.nanoTime();
        try (PushLoadProcess load = new PushLoadProcess("http://localhost:" + port + "/", username,
                "live/" + contentId, sessions, PUSH, PIPELINE.workDir)) {
            load.awaitReady(Duration.ofMinutes(10));
            double openSeconds = (System.nanoTime() - openStarted) / 1e9;
            assertThat(fanout.watchers() - watchersBefore).as("open Live pages registered").isEqualTo(sessions);
            Thread.sleep(3_000); // the cards' facts exist from the first tick on
            long heapPerSession = (HeapHistogram.usedAfterGc() - heapBefore) / sessions;
            if (histogramBefore != null) {
                System.out.printf("[bench] %s: %d sessions, heap growth per session by class, KiB (instances): %s%n",
                        label, sessions, HeapHistogram.now().growthPerSession(histogramBefore, sessions, 40));
            }
            if (!PUSH) {
                System.out.printf(Locale.ROOT, "[bench] %s: %d sessions without WebSocket, heap per session"
                        + " %.1f KiB%n", label, sessions, heapPerSession / 1024.0);
                load.stop(Duration.ofMinutes(3));
                awaitWatchers(watchersBefore);
                return;
            }
            Thread.sleep(2_000); // the window does not start inside the collections above
            CpuSample before = CpuSample.now(load.handle());
            long from = EpochMicros.now();
            Thread.sleep(run); // the measurement window
            long to = EpochMicros.now();
            CpuSample after = CpuSample.now(load.handle());
            double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Thread.sleep(GRACE); // deliveries of the window's last ticks
            List<String> lines = load.stop(Duration.ofMinutes(3));
            PushDeliveries d = PushDeliveries.of(lines, sessions, ticks, from, to);
            long expected = sessions * ticks.ticksBetween(from, to);
            double seconds = (to - from) / 1e6;
            System.out.printf(Locale.ROOT, "[bench] %s: %d sessions (opened in %.1f s), %d of %d deliveries"
                            + " in %.0f s, push delivery p50 %.1f ms, p95 %.1f ms, max %.1f ms; per session %d-%d"
                            + " deliveries, %d without; heap per session %.1f KiB; CPU (cores) portal %.2f, push"
                            + " clients %.2f, nginx+ffmpeg %.2f; load average %.1f on %d cores; longest tick %.1f ms;"
                            + " %d pushed messages, %d ambiguous markers%n",
                    label, sessions, openSeconds, d.count(), expected, seconds, d.millis(0.50), d.millis(0.95),
                    d.maxMillis(), d.fewestPerSession(), d.mostPerSession(), d.sessionsWithout(),
                    heapPerSession / 1024.0, after.portalCores(before, seconds), after.clientCores(before, seconds),
                    after.mediaCores(before, seconds), loadAverage, Runtime.getRuntime().availableProcessors(),
                    ticks.longestTickMillis(), d.messages(), ticks.ambiguousMarkers());
            assertThat(d.sessionsWithout()).as("sessions that received no update").isZero();
            assertThat(d.count()).as("deliveries").isPositive();
        }
        awaitWatchers(watchersBefore);
    }

    /** The portal with the pipeline and the transcoded content, but no page open: the CPU baseline. */
    private void idle(Duration run) throws InterruptedException {
        CpuSample before = CpuSample.now(null);
        long from = EpochMicros.now();
        Thread.sleep(run); // the measurement window
        double seconds = (EpochMicros.now() - from) / 1e6;
        CpuSample after = CpuSample.now(null);
        System.out.printf(Locale.ROOT, "[bench] live push: no sessions, CPU (cores) portal %.2f, nginx+ffmpeg %.2f;"
                        + " load average %.1f%n", after.portalCores(before, seconds), after.mediaCores(before, seconds),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void awaitBothLive(String contentId) throws InterruptedException {
        org.awaitility.Awaitility.await("the demo content LIVE on both entrypoints").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    LiveSnapshot s = snapshots.of(contentId);
                    return s.health(Entrypoint.PRIMARY).map(h -> h.state() == HealthState.LIVE).orElse(false)
                            && s.health(Entrypoint.BACKUP).map(h -> h.state() == HealthState.LIVE).orElse(false);
                });
        Thread.sleep(3_000); // a few samples in the sparklines
    }

    /** Signed-out sessions leave the fan-out; left-over pages would load the next size. */
    private void awaitWatchers(int expected) throws InterruptedException {
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> fanout.watchers() <= expected);
        } catch (org.awaitility.core.ConditionTimeoutException stillOpen) {
            // the assertion below names what is left
        }
        assertThat(fanout.watchers()).as("Live pages left after sign-out").isEqualTo(expected);
    }
}
