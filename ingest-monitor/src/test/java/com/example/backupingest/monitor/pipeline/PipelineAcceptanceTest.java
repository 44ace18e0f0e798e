package com.example.backupingest.monitor.pipeline;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.entrypoint.NginxEntrypoint;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.PublishStarted;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The acceptance points against the whole monitor: a real Spring Boot application with both
 * nginx-rtmp entrypoints, ffmpeg transcoders, the edges, and real ffmpeg encoders as customers. The
 * edge is read over HTTP like a player. One application for the class; each test has its own content.
 */
@Tag("media")
class PipelineAcceptanceTest {

    static final Duration SEGMENT = Duration.ofSeconds(2);
    static final Duration CLEAN_TIME = SEGMENT.multipliedBy(2);
    static final String SMALL = "640x360";
    static final List<String> CONTENTS = List.of("renditions", "killa", "sticky", "returnclean", "holdclean",
            "nginxcrash", "frozen", "bothdown", "drill", "mixed");

    static RunningMonitor monitor;
    static final List<MonitorEvent> EVENTS = new CopyOnWriteArrayList<>();
    static final List<String> FIGURES = new CopyOnWriteArrayList<>();
    final List<TestEncoder> encoders = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startMonitor() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String content : CONTENTS) {
            int edges = content.equals("renditions") ? 2 : 1;
            keys.put(key(content, PRIMARY), "1:" + content + ":A:" + edges);
            keys.put(key(content, BACKUP), "1:" + content + ":B:" + edges);
        }
        monitor = new RunningMonitor(keys);
        monitor.pipeline().bus().subscribe(EVENTS::add);
    }

    @AfterEach
    void killEncoders() {
        encoders.forEach(TestEncoder::close);
    }

    @AfterAll
    static void stopMonitor() throws IOException {
        try {
            if (monitor != null) {
                monitor.close();
            }
        } finally {
            FIGURES.forEach(f -> System.out.println("[acceptance] " + f));
        }
    }

    @Test
    void edge_serves_the_primary_and_all_three_renditions_read_by_ffprobe_from_the_edge() throws Exception {
        String content = "renditions";
        publish(content, PRIMARY, "1280x720", 10);
        publish(content, BACKUP, "1280x720", 10);
        try (EdgeFollower follower = follow(content)) {
            awaitTrue("edge lists 2 segments", Duration.ofSeconds(40), () -> follower.count() >= 2);
            assertThat(monitor.edges().edgeIds(content)).containsExactly("edge-1", "edge-2");
            assertThat(monitor.edges().activeSource(content, "edge-1")).contains(PRIMARY);
            assertThat(monitor.edges().activeSource(content, "edge-2")).contains(PRIMARY);
            String master = get(URI.create("http://127.0.0.1:" + monitor.httpPort() + "/edge/" + content
                    + "/edge-1/master.m3u8")).body();
            assertThat(master).contains("original/index.m3u8", "480p/index.m3u8", "360p/index.m3u8");

            assertThat(ffprobe(monitor.edgePlaylist(content, "edge-1", "original"))).isEqualTo("h264,1280x720");
            assertThat(ffprobe(monitor.edgePlaylist(content, "edge-1", "480p"))).isEqualTo("h264,854x480");
            assertThat(ffprobe(monitor.edgePlaylist(content, "edge-2", "360p"))).isEqualTo("h264,640x360");
            assertThat(follower.seen()).allMatch(EdgeFollower.Seen::served).noneMatch(EdgeFollower.Seen::discontinuity);
        }
    }

    @Test
    void killing_the_primary_encoder_switches_the_edge_to_the_backup_without_a_gap() throws Exception {
        try (Broadcast on = broadcastOnPrimaryWithCleanBackup("killa", 3)) {
            assertThat(active(on.content())).contains(PRIMARY);

            Switch toB = switchOver(on, on.a()::kill9, f -> f.from() == PRIMARY && f.to() == BACKUP);
            awaitSegmentsAfter(on, toB.first(), 2, "2 more segments of B");

            assertThat(toB.decision().cause()).isEqualTo(FailoverCause.PUBLISHER_GONE);
            figure("encoder A kill -9", toB);
            assertStitched(on.follower().seen(), 1);
        }
    }

    @Test
    void edge_stays_on_the_backup_after_the_primary_comes_back() throws Exception {
        try (Broadcast on = broadcastOnPrimaryWithCleanBackup("sticky", 2)) {
            String content = on.content();
            killPrimary(on);
            restartPrimaryUntilItServes(content);

            Instant back = Instant.now();
            while (Duration.between(back, Instant.now()).compareTo(SEGMENT.multipliedBy(3).plus(CLEAN_TIME)) < 0) {
                assertThat(active(content)).as("sticky on B").contains(BACKUP);
                Thread.sleep(200); // a fixed window: the edge must stay on B all the time, not just end up there
            }
            assertThat(failovers(content)).noneMatch(f -> f.to() == PRIMARY && f.from() != null);
            assertStitched(on.follower().seen(), 1);
        }
    }

    @Test
    void killing_the_backup_returns_the_edge_to_a_clean_primary_at_once() throws Exception {
        try (Broadcast on = broadcastOnPrimaryWithCleanBackup("returnclean", 2)) {
            killPrimary(on);
            restartPrimaryUntilItServes(on.content());
            awaitClean(on.content(), PRIMARY);

            Switch toA = switchOver(on, on.b()::kill9, f -> f.from() == BACKUP && f.to() == PRIMARY);
            awaitSegmentsAfter(on, toA.first(), 1, "a further segment of A");
            figure("encoder B kill -9, A clean", toA);
            assertStitched(on.follower().seen(), 2);
        }
    }

    @Test
    void killing_the_backup_while_the_primary_is_not_yet_clean_holds_until_it_is() throws Exception {
        try (Broadcast on = broadcastOnPrimaryWithCleanBackup("holdclean", 2)) {
            String content = on.content();
            EdgeFollower follower = on.follower();
            switchOver(on, on.a()::kill9, f -> f.to() == BACKUP);
            Instant restarted = Instant.now();
            publish(content, PRIMARY, SMALL, 10);
            awaitEvent(PublishStarted.class, e -> e.contentId().equals(content) && e.entrypoint() == PRIMARY
                    && !e.at().isBefore(restarted.minusMillis(50)));

            Instant killed = Instant.now();
            on.b().kill9(); // A restarted less than the clean time ago
            FailoverHappened hold = awaitFailover(content, f -> f.from() == BACKUP && f.to() == null);
            Thread.sleep(300); // a segment fetched just before the hold may still be listed
            int listed = follower.count();
            Predicate<FailoverHappened> resume = f -> f.from() == null && f.to() == PRIMARY && f.at().isAfter(hold.at());
            // the 20 s bar counts from the kill and is checked on every poll; atMost only ends a hung wait
            org.awaitility.Awaitility.await("A resumes").atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(50)).until(() -> {
                int now = follower.count(); // read before asking, so a resume in between cannot count
                if (failovers(content).stream().anyMatch(resume)) {
                    return true;
                }
                assertThat(now).as("nothing new while both are down").isEqualTo(listed);
                assertThat(Duration.between(killed, Instant.now())).as("resumes once A is clean")
                        .isLessThan(Duration.ofSeconds(20));
                return false;
            });
            FailoverHappened resumed = awaitFailover(content, resume);
            EdgeFollower.Seen firstA = awaitFirstDiscontinuityAfter(follower, resumed.at().minusMillis(1));

            assertThat(hold.cause()).isEqualTo(FailoverCause.PUBLISHER_GONE);
            assertThat(hold.to()).as("A not clean either: hold").isNull();
            assertThat(Duration.between(restarted, resumed.at())).as("A had to be clean first")
                    .isGreaterThanOrEqualTo(CLEAN_TIME);
            FIGURES.add(String.format("B killed while A restarting: held %d ms, resumed on A %d ms after A's restart,"
                    + " first A segment listed %d ms after B's kill", Duration.between(hold.at(), resumed.at()).toMillis(),
                    Duration.between(restarted, resumed.at()).toMillis(),
                    Duration.between(killed, firstA.firstListed()).toMillis()));
            assertContinuous(follower.seen(), 2);
        }
    }

    @Test
    void a_crashed_primary_nginx_is_handled_like_a_lost_encoder_and_restarted() throws Exception {
        NginxEntrypoint nginxA = monitor.runtime().entrypoint(PRIMARY).orElseThrow();
        int restartsBefore = nginxA.restarts();
        try (Broadcast on = broadcastOnPrimaryWithCleanBackup("nginxcrash", 3)) {
            Switch toB = switchOver(on, () -> TestEncoder.signal(nginxA.pid(), "KILL"),
                    f -> f.from() == PRIMARY && f.to() == BACKUP);
            awaitTrue("nginx A restarted and ready", Duration.ofSeconds(20),
                    () -> nginxA.restarts() > restartsBefore && nginxA.isReady());
            awaitSegmentsAfter(on, toB.first(), 1, "a further segment of B");

            assertThat(toB.decision().cause()).isEqualTo(FailoverCause.PUBLISHER_GONE);
            figure("nginx A kill -9", toB);
            assertStitched(on.follower().seen(), 1);
        }
    }

    @Test
    void a_frozen_primary_encoder_is_detected_as_a_stall_and_switched() throws Exception {
        try (Broadcast on = broadcastOnPrimaryWithCleanBackup("frozen", 3); TestEncoder a = on.a()) {
            Switch toB = switchOver(on, a::freeze, f -> f.from() == PRIMARY && f.to() == BACKUP);
            awaitSegmentsAfter(on, toB.first(), 1, "a further segment of B");

            assertThat(toB.decision().cause()).isIn(FailoverCause.PUBLISHER_GONE, FailoverCause.STALL);
            assertThat(Duration.between(toB.broken(), toB.decision().at())).as("stall threshold plus a segment at most")
                    .isLessThan(Duration.ofMillis(3000 + 2000 + 750));
            figure("encoder A SIGSTOP (" + toB.decision().cause() + ")", toB);
            assertStitched(on.follower().seen(), 1);
        }
    }

    /**
     * Issue 18, acceptance 3: A by SRT, B by RTMPS is an ordinary parallel pair. An SRT caller killed
     * hard sends no goodbye (UDP): nginx drops its silent relay like a frozen RTMP encoder, so the bar is
     * the frozen encoder's; the edge switches and the player's playlist goes on without a gap.
     */
    @Test
    void a_pair_of_srt_on_a_and_rtmps_on_b_fails_over_like_rtmp_when_a_is_killed() throws Exception {
        String content = "mixed";
        TestEncoder a = TestEncoder.start(TestEncoder.srtArguments("127.0.0.1", monitor.srtPort(PRIMARY), content,
                com.example.backupingest.monitor.api.SrtPassphrases.of(key(content, PRIMARY)), Duration.ofMillis(500),
                SMALL, 10));
        TestEncoder b = TestEncoder.start(TestEncoder.rtmpsArguments("127.0.0.1", monitor.rtmpsPort(BACKUP),
                key(content, BACKUP), SMALL, 10));
        encoders.add(a);
        encoders.add(b);
        EdgeFollower follower = follow(content);
        try (Broadcast on = new Broadcast(content, a, b, follower)) {
            awaitServing(follower, 3);
            awaitClean(content, BACKUP);
            assertThat(active(content)).contains(PRIMARY);
            assertThat(monitor.pipeline().health(content, PRIMARY).orElseThrow().protocol())
                    .isEqualTo(com.example.backupingest.monitor.api.IngestProtocol.SRT);
            assertThat(monitor.pipeline().health(content, BACKUP).orElseThrow().protocol())
                    .isEqualTo(com.example.backupingest.monitor.api.IngestProtocol.RTMPS);

            Switch toB = switchOver(on, a::kill9, f -> f.from() == PRIMARY && f.to() == BACKUP);
            awaitSegmentsAfter(on, toB.first(), 2, "2 more segments of B");

            assertThat(toB.decision().cause()).isIn(FailoverCause.PUBLISHER_GONE, FailoverCause.STALL);
            assertThat(Duration.between(toB.broken(), toB.decision().at())).as("the frozen RTMP encoder's bar")
                    .isLessThan(Duration.ofMillis(3000 + 2000 + 750));
            figure("SRT caller A kill -9, B on RTMPS (" + toB.decision().cause() + ")", toB);
            assertStitched(on.follower().seen(), 1);
        }
    }

    @Test
    void an_unknown_key_cannot_publish() throws Exception {
        TestEncoder unknown = publish("unknownKeySecret7", PRIMARY, "320x180", 10);
        TestEncoder wrongEntrypoint = publish(key("killa", PRIMARY), BACKUP, "320x180", 10);

        assertThat(unknown.process().waitFor(15, TimeUnit.SECONDS)).as("nginx drops the encoder").isTrue();
        assertThat(wrongEntrypoint.process().waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(unknown.process().exitValue()).isNotZero();
        PublishRefused refused = awaitEvent(PublishRefused.class, e -> e.maskedKey().endsWith("ret7"));
        assertThat(refused.contentId()).isEqualTo("unknown");
        assertThat(get(monitor.edgePlaylist("unknown", "edge-1", "original")).statusCode()).isEqualTo(404);
    }

    @Test
    void when_both_are_down_the_playlist_stops_growing_and_resumes_when_one_is_back() throws Exception {
        try (Broadcast on = broadcastOnPrimaryWithCleanBackup("bothdown", 2)) {
            String content = on.content();
            EdgeFollower follower = on.follower();
            killPrimary(on);
            awaitTrue("a segment of B", Duration.ofSeconds(15), () -> follower.seen().getLast().discontinuity()
                    || follower.seen().stream().anyMatch(EdgeFollower.Seen::discontinuity));
            on.b().kill9();
            FailoverHappened hold = awaitFailover(content, f -> f.from() == BACKUP && f.to() == null);
            Thread.sleep(500); // a segment fetched just before the hold may still be listed
            int listed = follower.count();
            Thread.sleep(SEGMENT.multipliedBy(3).toMillis()); // three segment times pass: nothing may be added
            assertThat(follower.count()).as("playlist stops growing").isEqualTo(listed);
            assertThat(get(monitor.edgePlaylist(content, "edge-1", "original")).body())
                    .as("the playlist stays, without an end").contains("#EXTINF").doesNotContain("#EXT-X-ENDLIST");

            Instant restarted = Instant.now();
            publish(content, BACKUP, SMALL, 10);
            FailoverHappened resumed = awaitFailover(content, f -> f.from() == null && f.to() == BACKUP
                    && f.at().isAfter(hold.at()));
            EdgeFollower.Seen first = awaitFirstDiscontinuityAfter(follower, restarted);
            awaitSegmentsAfter(on, first, 1, "playlist grows again");
            FIGURES.add(String.format("both down: B restarted -> resumed after %d ms, first segment listed after %d ms",
                    Duration.between(restarted, resumed.at()).toMillis(),
                    Duration.between(restarted, first.firstListed()).toMillis()));
            assertContinuous(follower.seen(), 2);
        }
    }

    @Test
    void a_drill_moves_the_edge_to_the_backup_and_drops_the_primary_publisher() throws Exception {
        try (Broadcast on = broadcastOnPrimaryWithCleanBackup("drill", 2)) {
            String content = on.content();
            Instant drilled = Instant.now();
            assertThat(monitor.pipeline().drill(content, PRIMARY)).isTrue();
            FailoverHappened toB = awaitFailover(content, f -> f.to() == BACKUP);
            awaitEvent(PublishEnded.class, e -> e.contentId().equals(content) && e.entrypoint() == PRIMARY);
            EdgeFollower.Seen firstB = awaitFirstDiscontinuityAfter(on.follower(), drilled);

            assertThat(toB.drill()).isTrue();
            assertThat(toB.cause()).isEqualTo(FailoverCause.DRILL);
            assertThat(failovers(content)).filteredOn(f -> f.from() != null).hasSize(1);
            figure("drill", drilled, toB, firstB);
            assertStitched(on.follower().seen(), 1);
        }
    }

    @Test
    void bad_configuration_fails_fast_with_what_to_change_or_install() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            assertThatThrownBy(() -> new RunningMonitor(Map.of(),
                    "--monitor.entrypoints.primary.rtmp-port=" + busy.getLocalPort()).close())
                    .rootCause().hasMessageContaining("Port " + busy.getLocalPort() + " is already in use")
                    .hasMessageContaining("monitor.entrypoints.primary.rtmp-port");
        }
        assertThatThrownBy(() -> new RunningMonitor(Map.of(), "--monitor.ffmpeg=/nonexistent/ffmpeg").close())
                .rootCause().hasMessageContaining("ffmpeg not found at '/nonexistent/ffmpeg' (monitor.ffmpeg)")
                .hasMessageContaining("apt-get install nginx libnginx-mod-rtmp libnginx-mod-stream ffmpeg");
        assertThatThrownBy(() -> new RunningMonitor(Map.of(), "--monitor.nginx=/nonexistent/nginx").close())
                .rootCause().hasMessageContaining("nginx not found at '/nonexistent/nginx' (monitor.nginx)");
    }

    // --- scenario helpers ---

    /** A content published on both entrypoints, played from its first edge. */
    private record Broadcast(String content, TestEncoder a, TestEncoder b, EdgeFollower follower)
            implements AutoCloseable {

        @Override
        public void close() throws InterruptedException {
            follower.close();
        }
    }

    /** A switch of the edge: when the test broke the source, the decision, and the new source's first segment. */
    private record Switch(Instant broken, FailoverHappened decision, EdgeFollower.Seen first) {
    }

    @FunctionalInterface
    private interface Breakage {
        void run() throws IOException, InterruptedException;
    }

    /**
     * Publishes the content to A and B (small test pattern), follows edge-1 like a player until it
     * lists the given number of segments (from A), and waits until B is clean, so B can take over.
     */
    private Broadcast broadcastOnPrimaryWithCleanBackup(String content, int segments)
            throws IOException, InterruptedException {
        TestEncoder a = publish(content, PRIMARY, SMALL, 10);
        TestEncoder b = publish(content, BACKUP, SMALL, 10);
        EdgeFollower follower = follow(content);
        try {
            awaitServing(follower, segments);
            awaitClean(content, BACKUP);
        } catch (Throwable e) {
            follower.close();
            throw e;
        }
        return new Broadcast(content, a, b, follower);
    }

    /** Breaks a source and waits for the edge's switch and the first segment of the new source. */
    private static Switch switchOver(Broadcast on, Breakage breakage, Predicate<FailoverHappened> which)
            throws IOException, InterruptedException {
        Instant broken = Instant.now();
        breakage.run();
        FailoverHappened decision = awaitFailover(on.content(), which);
        EdgeFollower.Seen first = awaitFirstDiscontinuityAfter(on.follower(), earlier(broken, decision.at()));
        return new Switch(broken, decision, first);
    }

    /** Kills A's encoder and waits until the edge has moved to B. */
    private static void killPrimary(Broadcast on) throws IOException, InterruptedException {
        on.a().kill9();
        awaitFailover(on.content(), f -> f.to() == BACKUP);
    }

    /** Starts a new encoder on A and waits until A's origin serves segments of it again. */
    private void restartPrimaryUntilItServes(String content) throws IOException, InterruptedException {
        Instant restarted = Instant.now();
        publish(content, PRIMARY, SMALL, 10);
        awaitTrue("A serves segments again", Duration.ofSeconds(20), () -> originHasSegments(content, PRIMARY, restarted));
    }

    /** Waits until the edge lists the given number of segments after the given one. */
    private static void awaitSegmentsAfter(Broadcast on, EdgeFollower.Seen after, int more, String what)
            throws InterruptedException {
        awaitTrue(what, Duration.ofSeconds(15), () -> on.follower().seen().getLast().sequence() >= after.sequence() + more);
    }

    private static void figure(String what, Switch change) {
        figure(what, change.broken(), change.decision(), change.first());
    }

    // --- helpers ---

    static String key(String content, Entrypoint entrypoint) {
        return "k" + entrypoint.letter() + content + "Secret42";
    }

    private TestEncoder publish(String content, Entrypoint entrypoint, String size, int fps) throws IOException {
        return publishKey(CONTENTS.contains(content) ? key(content, entrypoint) : content, entrypoint, size, fps);
    }

    private TestEncoder publishKey(String key, Entrypoint entrypoint, String size, int fps) throws IOException {
        TestEncoder encoder = TestEncoder.publish(monitor.rtmpPort(entrypoint), key, size, fps);
        encoders.add(encoder);
        return encoder;
    }

    private static EdgeFollower follow(String content) {
        return new EdgeFollower(monitor.edgePlaylist(content, "edge-1", "original"));
    }

    private static Optional<Entrypoint> active(String content) {
        return monitor.edges().activeSource(content, "edge-1");
    }

    private static List<FailoverHappened> failovers(String content) {
        return EVENTS.stream().filter(e -> e instanceof FailoverHappened f && f.contentId().equals(content)
                && f.edgeId().equals("edge-1")).map(FailoverHappened.class::cast).toList();
    }

    private static void awaitServing(EdgeFollower follower, int segments) throws InterruptedException {
        awaitTrue("edge lists " + segments + " segments", Duration.ofSeconds(40), () -> follower.count() >= segments);
    }

    private static FailoverHappened awaitFailover(String content, Predicate<FailoverHappened> which)
            throws InterruptedException {
        return awaitValue("failover of " + content, Duration.ofSeconds(20),
                () -> failovers(content).stream().filter(which).findFirst());
    }

    private static <E extends MonitorEvent> E awaitEvent(Class<E> type, Predicate<E> which) throws InterruptedException {
        return awaitValue(type.getSimpleName(), Duration.ofSeconds(20),
                () -> EVENTS.stream().filter(type::isInstance).map(type::cast).filter(which).findFirst());
    }

    private static EdgeFollower.Seen awaitFirstDiscontinuityAfter(EdgeFollower follower, Instant instant)
            throws InterruptedException {
        return awaitValue("a new source's first segment", Duration.ofSeconds(20),
                () -> follower.firstDiscontinuityListedAfter(instant));
    }

    /**
     * Waits until an entrypoint has published steadily for longer than the clean time: its fresh
     * origin playlist (emptied on every publish) lists 4 segments, the first 6 s before the last.
     */
    private static void awaitClean(String content, Entrypoint entrypoint) throws InterruptedException {
        URI uri = monitor.pipeline().origins().mediaPlaylist(entrypoint, content,
                Rendition.ORIGINAL);
        awaitTrue(entrypoint + " clean", Duration.ofSeconds(40), () -> {
            try {
                HttpResponse<String> response = get(uri);
                return response.statusCode() == 200 && response.body().split("#EXTINF", -1).length > 4;
            } catch (RuntimeException e) {
                return false;
            }
        });
        Thread.sleep(300); // the edge's next poll
    }

    /** A busy machine can stall a transcoder just before the test breaks it: the edge may have left already. */
    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean originHasSegments(String content, Entrypoint entrypoint, Instant since) {
        URI uri = monitor.pipeline().origins().mediaPlaylist(entrypoint, content,
                Rendition.ORIGINAL);
        try {
            HttpResponse<String> response = get(uri);
            return response.statusCode() == 200 && response.body().contains("#EXTINF")
                    && monitor.pipeline().health(content, entrypoint).isPresent()
                    && EVENTS.stream().anyMatch(e -> e instanceof PublishStarted s && s.contentId().equals(content)
                            && s.entrypoint() == entrypoint && s.at().isAfter(since.minusMillis(50)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * One discontinuity per switch, continuous edge numbering, every segment served; at a switch the
     * PDT neither skips nor repeats more than a segment (the repeat, at most the last old segment, may
     * exceed it by the slack the edge allows for the two transcoders' stamping), elsewhere seamless.
     */
    private static void assertStitched(List<EdgeFollower.Seen> seen, int switches) {
        assertContinuous(seen, switches);
        for (int i = 1; i < seen.size(); i++) {
            Duration gap = Duration.between(seen.get(i - 1).end(), seen.get(i).pdt());
            if (seen.get(i).discontinuity()) {
                FIGURES.add("  PDT gap at the switch to edge segment " + seen.get(i).sequence() + ": " + gap.toMillis()
                        + " ms (negative = repeat)");
                Duration previous = seen.get(i - 1).duration();
                assertThat(gap).as("PDT gap before edge segment %d", seen.get(i).sequence())
                        .isBetween(previous.plus(SEGMENT.dividedBy(10)).negated(), SEGMENT);
            } else {
                assertThat(gap.abs()).as("PDT gap before edge segment %d", seen.get(i).sequence())
                        .isLessThanOrEqualTo(Duration.ofMillis(250));
            }
        }
    }

    private static void assertContinuous(List<EdgeFollower.Seen> seen, int discontinuities) {
        assertThat(seen).extracting(EdgeFollower.Seen::sequence).as("media sequence continues")
                .containsExactlyElementsOf(LongStream.rangeClosed(seen.getFirst().sequence(), seen.getLast().sequence())
                        .boxed().toList());
        assertThat(seen).filteredOn(EdgeFollower.Seen::discontinuity).hasSize(discontinuities);
        assertThat(seen).as("the edge served every listed segment").allMatch(EdgeFollower.Seen::served);
    }

    private static void figure(String what, Instant broken, FailoverHappened decision, EdgeFollower.Seen first) {
        FIGURES.add(String.format("%s: switch decided after %d ms (detection %d ms), first segment of the new source"
                + " listed after %d ms", what, Duration.between(broken, decision.at()).toMillis(),
                decision.detection().toMillis(), Duration.between(broken, first.firstListed()).toMillis()));
        System.out.println("[acceptance] " + FIGURES.getLast());
    }

    private static String ffprobe(URI playlist) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", playlist.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(30, TimeUnit.SECONDS);
            String[] first = out.lines().findFirst().orElse("").split(",");
            return first.length == 3 ? first[0] + "," + first[1] + "x" + first[2] : out;
        } finally {
            process.destroyForcibly();
        }
    }

    static HttpResponse<String> get(URI uri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(String what, Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        awaitValue(what, timeout, () -> condition.get() ? Optional.of(true) : Optional.empty());
    }

    private static <T> T awaitValue(String what, Duration timeout, Supplier<Optional<T>> value) throws InterruptedException {
        return org.awaitility.Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(value::get, Optional::isPresent).orElseThrow();
    }
}
