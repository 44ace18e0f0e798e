package com.example.backupingest.portal.deploy;

import static com.example.backupingest.portal.deploy.LivePageBrowser.fact;
import static com.example.backupingest.portal.deploy.LivePageBrowser.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.pipeline.TestEncoder;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real docker-compose.yml under a real Docker engine, with the images built from Debian packages
 * (the jars of this Maven run copied in, {@code IMAGE_JARS=prebuilt}): {@code docker compose up
 * --build}, the portal answers on its published port; a customer (put into the database as the
 * provider's customer directory would) books the add-on in the portal in Chromium and copies both RTMP
 * URLs; ffmpeg on the host publishes to both published RTMP ports; three website players (Chromium on
 * the host) play from the published edge ports. {@code docker kill} of ingest-a: the players play on
 * with no stall longer than 0.5 s and the Live page shows primary DOWN and every edge on the backup;
 * {@code docker kill} of edge host 2: its viewer plays on from another edge within 5 s. The ingest
 * networks are separate (ingest-a cannot reach ingest-b), the HLS origins answer only the edges, and
 * {@code docker compose down -v} leaves nothing behind. Figures (build, start, memory per container)
 * are logged; the containers' logs land in {@code portal/target/container-logs/}.
 */
@Tag("containers")
class ContainerTopologyIT {

    static final String PROJECT = "backup-ingest-it";
    static final Path LOGS = Path.of("target", "container-logs");
    private static final Logger log = LoggerFactory.getLogger(ContainerTopologyIT.class);
    private static final List<String> EDGES = List.of("edge-1", "edge-2", "edge-3");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);
    private static final String PRIMARY_LIVE = "[data-testid=state-primary][data-state=LIVE]";
    private static final String BACKUP_LIVE = "[data-testid=state-backup][data-state=LIVE]";
    private static final String PRIMARY_DOWN = "[data-testid=state-primary][data-state=DOWN]";
    private static final String SWITCH_ENTRY = ".live-timeline-row[data-from=PRIMARY][data-to=BACKUP]";

    @TempDir Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<AutoCloseable> running = new ArrayList<>();
    private ComposeProject compose;

    @AfterEach
    void tearDown() throws Exception {
        closeRunning();
        if (compose != null) {
            logFigures();
            compose.saveLogs(LOGS.resolve("compose.log"));
            compose.down(); // after a failure; a passing run has already proven its own `down`
        }
    }

    @Test
    void debian_images_run_the_compose_topology_through_a_killed_ingest_host_and_a_killed_edge_host()
            throws Exception {
        String engine = DockerEngine.require();
        ContainerEnv env = ContainerEnv.write(dir.resolve("it.env"));
        compose = new ComposeProject(PROJECT, env, overrides());
        compose.down(); // what an aborted earlier run may have left
        long started = System.nanoTime();
        compose.build();
        long built = System.nanoTime();
        compose.compose(Duration.ofMinutes(10), "up", "--build", "--detach", "--wait", "--wait-timeout", "480")
                .orFail();
        compose.pruneDanglingImages();
        log.info("Docker {}: images built in {} s, topology up and healthy {} s later; image sizes {}", engine,
                seconds(built - started), seconds(System.nanoTime() - built), ImageFigures.sizes());

        String portal = env.url("PORTAL_PORT");
        assertThat(status(portal + "/login")).as("the portal on its published port").isEqualTo(200);
        ingestHostsCannotReachEachOther();
        originsAnswerOnlyTheEdges();

        CustomerSeed customer = CustomerSeed.into(compose);
        LivePageBrowser browser = LivePageBrowser.signIn(portal, customer.username(), customer.password());
        running.add(browser);
        BookedKeys keys = BookedKeys.bookAndCopy(browser.page(), "Main stage");
        // the stream setup shows the encrypted way first; the test encoder below sends plain RTMP with the same key
        assertThat(keys.primaryServer()).isEqualTo("rtmps://127.0.0.1:" + env.port("RTMPS_A_PORT") + "/live");
        assertThat(keys.backupServer()).isEqualTo("rtmps://127.0.0.1:" + env.port("RTMPS_B_PORT") + "/live");
        await("the booking mail in the mail catcher").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> body(env.url("MAIL_UI_PORT") + "/api/v1/messages").contains(customer.email()));
        String player = keys.embeddedPlayerUrl(browser.page());
        String content = player.substring(player.lastIndexOf('/') + 1);
        assertThat(player).isEqualTo(portal + "/player/" + content);
        browser.open("/live/" + content);

        // an edge learns of a stream from the PublishStarted it sees (no replay): follow both ingest hosts first
        // (the monitor API opens with the container's own MONITOR_API_SECRET)
        for (String edge : EDGES) {
            await(edge + " following both ingest hosts").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> !compose.exec(edge, ContainerEnv.FOLLOW_STATUS)
                            .orFail().contains("\"connected\":false"));
        }
        TestEncoder encoderA = TestEncoder.publish(env.port("RTMP_A_PORT"), keys.primaryKey(), "320x180", 15);
        running.add(encoderA);
        browser.await("primary LIVE", PRIMARY_LIVE, PAGE_WAIT);
        TestEncoder encoderB = TestEncoder.publish(env.port("RTMP_B_PORT"), keys.backupKey(), "320x180", 15);
        running.add(encoderB);
        browser.await("backup LIVE", BACKUP_LIVE, PAGE_WAIT);

        Map<String, Page> viewers = websitePlayers(browser, player, env, content);
        for (String edge : EDGES) {
            browser.await(edge + " on the primary", edgeRow(edge, "PRIMARY"), PAGE_WAIT);
        }
        // an edge fails over only to a source that delivered steadily for a while
        await("ingest-b's origin with 4 segments").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> compose.exec("edge-1", "curl", "-fsS", "-m", "3", "http://ingest-b:8182/hls/" + content
                        + "/480p/index.m3u8").out().lines().filter(l -> l.startsWith("#EXTINF")).count() >= 4);
        browser.screenshot("containers-before-kill");

        ingestHostDies(browser, viewers);
        edgeHostDies(browser, viewers);
        logFigures();

        closeRunning();
        compose.saveLogs(LOGS.resolve("compose.log"));
        compose.down().orFail();
        assertThat(compose.leftovers()).as("docker compose down -v leaves nothing").isEmpty();
        compose = null;
    }

    private void logFigures() {
        log.info("memory and CPU per container: {}", ImageFigures.containerStats(compose));
        log.info("JVMs (GC log lines only with docker/jvm-measure.override.yml): {}", ImageFigures.heapAfterGc(
                compose, List.of("portal", "ingest-a", "ingest-b", "edge-1", "edge-2", "edge-3")));
    }

    /** {@code docker kill} of ingest-a: the edges switch to ingest-b, the players notice nothing. */
    private void ingestHostDies(LivePageBrowser browser, Map<String, Page> viewers) {
        viewers.values().forEach(ContainerTopologyIT::probeStalls);
        List<String> watched = new ArrayList<>(List.of(PRIMARY_DOWN, SWITCH_ENTRY));
        EDGES.forEach(edge -> watched.add(edgeRow(edge, "BACKUP")));
        browser.watch(watched);
        long killedAt = System.currentTimeMillis();
        compose.kill("ingest-a");

        browser.await("primary DOWN", PRIMARY_DOWN, PAGE_WAIT);
        for (String edge : EDGES) {
            browser.await(edge + " on the backup", edgeRow(edge, "BACKUP"), PAGE_WAIT);
        }
        browser.await("timeline entry primary -> backup", SWITCH_ENTRY, PAGE_WAIT);
        log.info("Live page after docker kill ingest-a: primary DOWN after {} ms, timeline entry after {} ms, edges on"
                + " the backup after {} ms", browser.firstSeen(PRIMARY_DOWN) - killedAt,
                browser.firstSeen(SWITCH_ENTRY) - killedAt,
                EDGES.stream().map(e -> browser.firstSeen(edgeRow(e, "BACKUP")) - killedAt).toList());
        long rest = killedAt + 12_000 - System.currentTimeMillis();
        if (rest > 0) {
            browser.page().waitForTimeout(rest);
        }
        viewers.forEach((edge, page) -> {
            @SuppressWarnings("unchecked")
            Map<String, Number> probe = (Map<String, Number>) page.evaluate("() => window.__stallProbe");
            double played = probe.get("played").doubleValue();
            double stall = probe.get("max").doubleValue();
            log.info("viewer on {}: {} s played in the {} s after the kill, longest stall {} ms (player's own: {} ms),"
                    + " {} restart(s) of its stream, {} new assignment(s)", edge, "%.1f".formatted(played),
                    (System.currentTimeMillis() - killedAt) / 1000, Math.round(stall),
                    Math.round(number(page, "maxStallMs")), probe.get("resets"),
                    Math.round(number(page, "assignments") - probe.get("assignments").doubleValue()));
            assertThat(played).as(edge + " viewer kept playing").isGreaterThan(9.0);
            assertThat(stall).as(edge + " viewer: no stall longer than 0.5 s").isLessThanOrEqualTo(500);
            assertThat(fact(page, "edgeId")).as("stays on its edge").isEqualTo(edge);
        });
        browser.screenshot("containers-after-ingest-kill");
    }

    /** {@code docker kill} of edge host 2: its viewer plays on from edge host 1 or 3 within 5 s. */
    private void edgeHostDies(LivePageBrowser browser, Map<String, Page> viewers) {
        Page moving = viewers.get("edge-2");
        long killedAt = System.nanoTime();
        compose.kill("edge-2");
        await("the edge-2 viewer on another edge").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> !"edge-2".equals(fact(moving, "edgeId")) && "live".equals(fact(moving, "state")));
        double resumedAt = number(moving, "currentTime");
        await("the moved viewer playing").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> number(moving, "currentTime") > resumedAt + 0.5);
        long movedMillis = (System.nanoTime() - killedAt) / 1_000_000;
        log.info("docker kill edge-2: its viewer plays from {} after {} ms", fact(moving, "edgeId"), movedMillis);
        assertThat(movedMillis).as("playing again from another edge").isLessThanOrEqualTo(5_000);
        assertThat(fact(moving, "edgeId")).isIn("edge-1", "edge-3");
        for (String edge : List.of("edge-1", "edge-3")) {
            Page viewer = viewers.get(edge);
            double now = number(viewer, "currentTime");
            await(edge + " viewer still playing").atMost(Duration.ofSeconds(5))
                    .until(() -> number(viewer, "currentTime") > now + 1);
            assertThat(fact(viewer, "edgeId")).isEqualTo(edge);
        }
        browser.screenshot("containers-after-edge-kill");
    }

    /** One website player per logical edge (the portal assigns the least-loaded); bytes from the published ports. */
    private Map<String, Page> websitePlayers(LivePageBrowser browser, String player, ContainerEnv env, String content) {
        Map<String, Page> viewers = new LinkedHashMap<>();
        for (int i = 0; i < EDGES.size(); i++) {
            Page viewer = browser.player(player);
            await("a website player playing").atMost(PAGE_WAIT).ignoreExceptions()
                    .until(() -> "live".equals(fact(viewer, "state")) && number(viewer, "currentTime") > 1);
            viewers.put((String) fact(viewer, "edgeId"), viewer);
        }
        assertThat(viewers).containsOnlyKeys(EDGES);
        viewers.forEach((edge, page) -> {
            String published = env.url("EDGE_" + edge.substring(edge.length() - 1) + "_PORT");
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) page.evaluate(
                    "() => performance.getEntriesByType('resource').map(e => e.name)");
            assertThat(loaded).as(edge + " viewer loads from the published port of its edge host")
                    .anyMatch(url -> url.startsWith(published + "/edge/" + content + "/" + edge + "/v/"));
        });
        return viewers;
    }

    /**
     * Starts measuring in the page, every 20 ms: the longest time the video's clock stands still
     * ({@code max}), how far it moved forward at playing speed ({@code played}: jumps, e.g. to the live
     * edge, count only as the time that passed) and how often it went back ({@code resets}: hls.js
     * started afresh).
     */
    private static void probeStalls(Page viewer) {
        viewer.evaluate("""
                () => {
                  const video = document.querySelector('video');
                  const now0 = performance.now();
                  const probe = window.__stallProbe = { last: video.currentTime, since: now0, sample: now0, max: 0,
                      played: 0, resets: 0, assignments: window.__player.assignments };
                  setInterval(() => {
                    const now = performance.now();
                    const time = video.currentTime;
                    if (time !== probe.last) {
                      if (time > probe.last) probe.played += Math.min(time - probe.last, (now - probe.sample) * 1.5 / 1000);
                      else probe.resets++;
                      probe.last = time;
                      probe.since = now;
                    } else {
                      probe.max = Math.max(probe.max, now - probe.since);
                    }
                    probe.sample = now;
                  }, 20);
                }""");
    }

    /** ingest-a and ingest-b share no network: no name, no route; an edge (on both) reaches both. */
    private void ingestHostsCannotReachEachOther() {
        String addressA = compose.address("ingest-a", "net-a");
        String addressB = compose.address("ingest-b", "net-b");
        assertThat(compose.exec("ingest-a", "curl", "-sS", "-m", "3", "http://ingest-b:8080/").exitCode())
                .as("ingest-a cannot even resolve ingest-b (curl exit 6)").isEqualTo(6);
        for (String[] pair : List.of(new String[] {"ingest-a", addressB}, new String[] {"ingest-b", addressA})) {
            Docker.Result attempt = compose.exec(pair[0], "curl", "-sS", "-m", "3", "-o", "/dev/null",
                    "http://" + pair[1] + ":8080/actuator/health");
            assertThat(attempt.exitCode()).as(pair[0] + " -> " + pair[1] + ": " + attempt.err()).isIn(7, 28);
            Docker.Result control = compose.exec("edge-1", "curl", "-fsS", "-m", "3", "-o", "/dev/null",
                    "http://" + pair[1] + ":8080/actuator/health");
            assertThat(control.exitCode()).as("edge-1 -> " + pair[1] + " (the same request can succeed)").isZero();
        }
    }

    /** The HLS origins admit the edges' fixed addresses only: the portal, on the same network, gets 403. */
    private void originsAnswerOnlyTheEdges() {
        for (String[] origin : List.of(new String[] {"ingest-a", "8181"}, new String[] {"ingest-b", "8182"})) {
            String url = "http://" + origin[0] + ":" + origin[1] + "/hls/none/480p/index.m3u8";
            assertThat(httpCode("portal", url)).as("portal -> " + url).isEqualTo("403");
            assertThat(httpCode("edge-3", url)).as("edge-3 -> " + url).isEqualTo("404");
        }
    }

    private String httpCode(String from, String url) {
        return compose.exec(from, "curl", "-sS", "-m", "3", "-o", "/dev/null", "-w", "%{http_code}", url).out().strip();
    }

    static String edgeRow(String edge, String source) {
        return ".live-edge-row[data-edge=" + edge + "][data-source=" + source + "]";
    }

    /** {@code -Dit.compose.override=docker/jvm-measure.override.yml}: more compose files, e.g. for GC logs. */
    static List<Path> overrides() {
        String override = System.getProperty("it.compose.override", "");
        return override.isBlank() ? List.of() : List.of(ComposeFile.ROOT.resolve(override));
    }

    private void closeRunning() {
        for (AutoCloseable closeable : running.reversed()) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("closing {}: {}", closeable, e.toString());
            }
        }
        running.clear();
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String body(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long seconds(long nanos) {
        return Math.round(nanos / 1e9);
    }

    /** The iframe's {@code src} of an embed snippet. */
    static String iframeSource(String snippet) {
        Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(snippet);
        if (!src.find()) {
            throw new AssertionError("no iframe src in " + snippet);
        }
        return src.group(1);
    }
}
