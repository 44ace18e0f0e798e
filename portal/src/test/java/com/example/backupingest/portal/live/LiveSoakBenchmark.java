package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.example.backupingest.monitor.testing.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's soak (docs/benchmarks.md, not in the normal test run): the demo portal as its own process
 * (the built jar, with {@link InterruptTracer}) and both entrypoints publishing for
 * {@code -Dsoak.minutes} (60), a failover every 2 minutes (kill -9, SIGSTOP, drill, in turn, on the
 * entrypoint the edges serve), a website player in Chromium and 100 simulated viewers throughout.
 * Samples readiness every 5 s, threads, open files and heap after a GC every minute; afterwards
 * compares the failovers in the log with the timeline rows, looks for ERROR lines and interrupt traces,
 * and measures the edge's listing delay per rendition. Report: {@code portal/target/soak/report.md}.
 * Run: see docs/benchmarks.md (needs {@code portal/target/portal.jar}).
 */
@Tag("benchmark")
class LiveSoakBenchmark {

    static final String CONTENT = "kngr4mx9ta";
    static final Duration FAILOVER_EVERY = Duration.ofMinutes(2);
    // the demo user's own language may be German: both
    static final Pattern START = Pattern.compile("Start demo encoders|Demo-Encoder starten");
    static final Pattern STOP = Pattern.compile("Stop demo encoders|Demo-Encoder stoppen");
    static final Pattern DRILL = Pattern.compile("Failover drill|Umschalt-Übung");
    static final Pattern CONFIRM = Pattern.compile("Disconnect and switch|Trennen und umschalten");
    static final Pattern FAILOVER_LOG = Pattern.compile("stream event FailoverHappened");
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final List<String> report = new CopyOnWriteArrayList<>();
    final List<Sample> samples = new CopyOnWriteArrayList<>();
    final List<Integer> readiness = new CopyOnWriteArrayList<>();

    final List<String> repairs = new CopyOnWriteArrayList<>();
    final List<Instant> notReady = new CopyOnWriteArrayList<>();

    record Sample(Instant at, int threads, int fds, long heapAfterGcKb, long rssKb, long viewerSegments, double load) {
    }

    /** One rendition's listing delays over 30 s (ms, the first 8 segments skipped: they were listed before). */
    record Delays(String rendition, int targetDuration, List<Long> fresh) {
        long median() {
            return fresh.isEmpty() ? -1 : fresh.get(fresh.size() / 2);
        }

        long min() {
            return fresh.isEmpty() ? -1 : fresh.getFirst();
        }

        long max() {
            return fresh.isEmpty() ? -1 : fresh.getLast();
        }
    }

    /** Every per-minute sample as it is taken, so that a run cut short still leaves its figures. */
    Path csv;
    /** Readiness answers that were not 200 since the last per-minute sample. */
    final java.util.concurrent.atomic.AtomicInteger notReadySinceSample = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void one_hour_of_failovers_with_viewers_loses_nothing_and_leaks_nothing() throws Exception {
        Duration length = Duration.ofMinutes(Long.getLong("soak.minutes", 60));
        Path work = Files.createDirectories(Path.of("target", "soak"));
        Path data = Files.createTempDirectory("soak-data");
        Path log = work.resolve("portal.log");
        csv = work.resolve("samples.csv");
        Files.writeString(csv, "at,minute,heap_after_gc_kb,threads,open_fds,rss_kb,readiness_last,readiness_not_200_since_last,"
                + "viewer_segments,load1\n");
        int port = FreePort.next();
        int rtmpA = FreePort.next();
        int rtmpB = FreePort.next();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g",
                "-javaagent:" + agentJar(work), "-jar", Path.of("target", "portal.jar").toAbsolutePath().toString(),
                "--server.port=" + port, "--portal.data-dir=" + data,
                "--monitor.entrypoints.primary.rtmp-port=" + rtmpA,
                "--monitor.entrypoints.primary.origin-http-port=" + FreePort.next(),
                "--monitor.entrypoints.backup.rtmp-port=" + rtmpB,
                "--monitor.entrypoints.backup.origin-http-port=" + FreePort.next(),
                "--portal.ingest.primary-url=rtmp://localhost:" + rtmpA + "/live",
                "--portal.ingest.backup-url=rtmp://localhost:" + rtmpB + "/live",
                "--monitor.viewers.edge-ports=" + FreePort.next() + "," + FreePort.next() + "," + FreePort.next(),
                "--portal.mail.embedded-smtp.port=" + FreePort.next(), "--portal.base-url=http://localhost:" + port,
                // two shared cores: the demo encoders at 640x360 (the default 1280x720 alone keeps them busy)
                "--portal.live.demo-video=" + System.getProperty("soak.video", "640x360")));
        Process portal = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://localhost:" + port;
        List<SimulatedViewer> viewers = new ArrayList<>();
        Instant start = Instant.now();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            await("portal ready", Duration.ofMinutes(3), () -> status(base + "/actuator/health/readiness") == 200);
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required")));
            Page live = signedIn(browser, base);
            book(live);
            live.navigate("/live");
            startEncoders(live);
            Page player = browser.newContext(new Browser.NewContextOptions().setBaseURL(base)).newPage();
            player.navigate("/player/" + CONTENT);
            // wall-clock times of the player's stalls, to set them beside the rounds and the log
            player.evaluate("() => { window.__soak = []; const v = document.querySelector('video');"
                    + " for (const e of ['waiting', 'playing']) v.addEventListener(e, () => window.__soak.push([e, Date.now()])); }");
            for (int i = 0; i < 100; i++) {
                // each on its own address, as real viewers are (one address gets 100 tickets per 10 s)
                viewers.add(new SimulatedViewer("http://127.0.0.1:" + port, CONTENT, "127.0.1." + (i + 1)).start());
            }
            List<SimulatedViewer> watched = viewers;
            Thread sampler = Thread.ofVirtual().start(() -> sample(portal.pid(), base, watched, start));
            // the normal band: the listing delay per rendition at about minute 2, before the first failover
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), start.plus(Duration.ofMinutes(2))).toMillis()));
            String bandAt = clock();
            List<Delays> band = listingDelays(base);
            Map<String, Long> threadsAtStart = threadGroups(portal.pid());
            Instant end = start.plus(length);
            int round = 0;
            while (Instant.now().plus(FAILOVER_EVERY).isBefore(end)) {
                Thread.sleep(FAILOVER_EVERY.minusSeconds(30).toMillis());
                if (!bothLive(live, rtmpA, rtmpB, "before round " + (round + 1))) {
                    report.add("- round " + (round + 1) + " skipped at " + clock() + ": not both entrypoints LIVE");
                    continue;
                }
                failover(live, round++, rtmpA, rtmpB);
                report.add(String.format(Locale.ROOT, "- %s failover %d done; player %s, max stall %.0f ms, "
                        + "viewers with segments %d/100", Duration.between(start, Instant.now()).toMinutes() + " min",
                        round, player.evaluate("() => window.__player.state"),
                        ((Number) player.evaluate("() => window.__player.maxStallMs")).doubleValue(),
                        viewers.stream().filter(v -> v.segments.get() > 0).count()));
            }
            while (Instant.now().isBefore(end)) {
                Thread.sleep(5_000);
            }
            List<Delays> latency = listingDelays(base);
            Map<String, Long> threadsAtEnd = threadGroups(portal.pid());
            sampler.interrupt();
            Object playerState = player.evaluate("() => window.__player.state");
            double stall = ((Number) player.evaluate("() => window.__player.maxStallMs")).doubleValue();
            String stalls = playerStalls(player);
            live.getByText(STOP).click();
            viewers.forEach(SimulatedViewer::close);
            finish(work, log, data, portal, start, delayTable(band, bandAt, latency) + threadTable(threadsAtStart, threadsAtEnd),
                    playerState, Math.round(stall) + " ms; stalls over 1 s: " + stalls, viewers, round);
        } finally {
            viewers.forEach(SimulatedViewer::close);
            if (portal.isAlive()) {
                portal.destroy();
                portal.waitFor();
            }
        }
    }

    // --- the customer: booking, demo encoders, failovers on the Live page ---

    private static Page signedIn(Browser browser, String base) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setExtraHTTPHeaders(Map.of("Accept-Language", "en-US")).setViewportSize(1280, 1800).setBaseURL(base));
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate("/login");
        page.locator("vaadin-login-form input[name=username]").fill("kongress");
        page.locator("vaadin-login-form input[name=password]").fill("kongress-demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Books the add-on for the account's existing content "Livestream" (the backup key comes with it). */
    private static void book(Page page) {
        page.navigate("/booking");
        Locator name = page.locator(".content-row vaadin-text-field input").first();
        if (name.inputValue().isBlank()) {
            name.fill("Livestream");
        }
        page.locator("vaadin-checkbox input").first().check();
        page.locator("vaadin-button.confirm").click();
        page.waitForURL(url -> url.contains("stream-setup"));
    }

    private void startEncoders(Page live) {
        live.getByText(START).click();
        awaitLive(live, "start", Duration.ofMinutes(3));
    }

    /** Both cards LIVE within {@code timeout}, else noted in the report (a soak reports, it does not stop). */
    private boolean awaitLive(Page live, String when, Duration timeout) {
        boolean both = true;
        for (String card : List.of("primary", "backup")) {
            try {
                live.locator("[data-testid=state-" + card + "][data-state=LIVE]")
                        .waitFor(new Locator.WaitForOptions().setTimeout(timeout.toMillis()));
            } catch (com.microsoft.playwright.PlaywrightException e) {
                report.add("- " + when + " (" + clock() + "): " + card + " not LIVE within " + timeout.toMinutes() + " min");
                both = false;
            }
        }
        return both;
    }

    /**
     * Both entrypoints LIVE, so that the next round is a failover and not an outage (the first soak drilled
     * A while B had been down for 4 minutes: 20 s off the air). An encoder that still runs but has not
     * made its entrypoint LIVE within 3 minutes (the first soak's B after SIGSTOP) is killed: the demo
     * encoders reconnect by themselves, and "Start demo encoders" starts a missing one.
     */
    private boolean bothLive(Page live, int rtmpA, int rtmpB, String when) throws Exception {
        if (awaitLive(live, when, Duration.ofMinutes(3))) {
            return true;
        }
        for (var card : Map.of("primary", rtmpA, "backup", rtmpB).entrySet()) {
            if (live.locator("[data-testid=state-" + card.getKey() + "][data-state=LIVE]").count() == 0) {
                Optional<Long> stuck = demoEncoder(card.getValue());
                stuck.ifPresent(pid -> signal(pid, "KILL"));
                repairs.add(clock() + " " + card.getKey() + " not LIVE for 3 min: "
                        + (stuck.isPresent() ? "its encoder (still running) killed" : "no encoder running"));
            }
        }
        Thread.sleep(5_000);
        live.getByText(START).click();
        return awaitLive(live, when + ", after the repair", Duration.ofMinutes(2));
    }

    /** Kill, freeze, drill in turn, on the entrypoint edge-1 serves; then both encoders back. */
    private void failover(Page live, int round, int rtmpA, int rtmpB) throws Exception {
        String source = live.locator(".live-edge-row[data-edge=edge-1]").getAttribute("data-source");
        int port = "BACKUP".equals(source) ? rtmpB : rtmpA;
        String kind = switch (round % 3) {
            case 0 -> "kill -9";
            case 1 -> "SIGSTOP 10 s";
            default -> "drill";
        };
        Optional<Long> encoder = demoEncoder(port);
        switch (round % 3) {
            case 0 -> encoder.ifPresent(pid -> signal(pid, "KILL"));
            case 1 -> {
                encoder.ifPresent(pid -> signal(pid, "STOP"));
                Thread.sleep(10_000);
                encoder.ifPresent(pid -> signal(pid, "CONT"));
            }
            default -> {
                live.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(DRILL)).click();
                live.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(CONFIRM)).click();
            }
        }
        report.add("- round " + (round + 1) + " at " + clock() + ": " + kind + " on " + source);
        Thread.sleep(20_000);
        live.getByText(START).click(); // restarts the encoder that is gone
        awaitLive(live, "round " + (round + 1), Duration.ofMinutes(3));
    }

    /** The demo encoder (ffmpeg) that publishes to the RTMP port. */
    private static Optional<Long> demoEncoder(int rtmpPort) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
                    if (cmdline.startsWith("ffmpeg") && cmdline.contains(":" + rtmpPort + "/live/")
                            && cmdline.contains("lavfi")) {
                        return Optional.of(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        }
        return Optional.empty();
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- measurements ---

    private void sample(long pid, String base, List<SimulatedViewer> viewers, Instant start) {
        Instant nextHeavy = Instant.now();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                int ready = status(base + "/actuator/health/readiness");
                readiness.add(ready);
                if (ready != 200) {
                    notReady.add(Instant.now());
                    notReadySinceSample.incrementAndGet();
                }
                if (!Instant.now().isBefore(nextHeavy)) {
                    nextHeavy = Instant.now().plusSeconds(60);
                    run("jcmd", Long.toString(pid), "GC.run");
                    String heap = run("jcmd", Long.toString(pid), "GC.heap_info");
                    Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
                    String status = Files.readString(Path.of("/proc/" + pid + "/status"));
                    double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
                    try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
                        Sample s = new Sample(Instant.now(), field(status, "Threads"), (int) fds.count(),
                                used.find() ? Long.parseLong(used.group(1)) : -1, field(status, "VmRSS"),
                                viewers.stream().mapToLong(v -> v.segments.get()).sum(), load);
                        samples.add(s);
                        Files.writeString(csv, String.format(Locale.ROOT, "%s,%.1f,%d,%d,%d,%d,%d,%d,%d,%.2f%n", s.at(),
                                Duration.between(start, s.at()).toSeconds() / 60.0, s.heapAfterGcKb(), s.threads(), s.fds(),
                                s.rssKb(), ready, notReadySinceSample.getAndSet(0), s.viewerSegments(), s.load()),
                                java.nio.file.StandardOpenOption.APPEND);
                    }
                }
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                readiness.add(-1);
            }
        }
    }

    /** Per rendition: how long after a segment's last frame the edge lists it (over 30 s). */
    private List<Delays> listingDelays(String base) throws Exception {
        String assign = get(base + "/player/api/" + CONTENT + "/assign?viewer=soakLatencyProbe0000000");
        Matcher master = Pattern.compile("\"master\"\\s*:\\s*\"([^\"]+)\"").matcher(assign);
        assertThat(master.find()).as(assign).isTrue();
        URI masterUri = URI.create(master.group(1));
        List<Delays> out = new ArrayList<>();
        for (String rendition : List.of("original", "480p", "360p")) {
            URI media = masterUri.resolve(rendition + "/index.m3u8");
            Map<String, Duration> delays = new java.util.LinkedHashMap<>();
            Instant until = Instant.now().plusSeconds(30);
            int target = 0;
            while (Instant.now().isBefore(until)) {
                String text = get(media.toString());
                Matcher t = Pattern.compile("#EXT-X-TARGETDURATION:(\\d+)").matcher(text);
                target = t.find() ? Integer.parseInt(t.group(1)) : 0;
                Instant pdt = null;
                Duration length = Duration.ZERO;
                for (String line : text.split("\n")) {
                    if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                        pdt = OffsetDateTime.parse(line.substring(25)).toInstant();
                    } else if (line.startsWith("#EXTINF:")) {
                        length = Duration.ofMillis(Math.round(Double.parseDouble(line.substring(8).split(",")[0]) * 1000));
                    } else if (!line.isBlank() && !line.startsWith("#") && pdt != null) {
                        delays.putIfAbsent(line, Duration.between(pdt.plus(length), Instant.now()));
                    }
                }
                Thread.sleep(100);
            }
            List<Long> fresh = delays.values().stream().skip(8).map(Duration::toMillis).sorted().toList();
            out.add(new Delays(rendition, target, fresh));
        }
        return out;
    }

    /**
     * The end's listing delays beside the minute-2 band: "within" when the end's median is no higher than
     * the highest delay seen at minute 2 (the band is one 30 s look per rendition, so its spread is the band).
     */
    private static String delayTable(List<Delays> band, String bandAt, List<Delays> end) {
        StringBuilder out = new StringBuilder("| rendition | minute-2 band (" + bandAt + "): target duration, segments, "
                + "delay min–max, median (ms) | end: target duration, segments | end: median / max (ms) | end median within band |\n"
                + "|---|---|---|---|---|\n");
        for (Delays e : end) {
            Delays b = band.stream().filter(d -> d.rendition().equals(e.rendition())).findFirst().orElseThrow();
            out.append(String.format(Locale.ROOT, "| %s | %d, %d, %d–%d, %d | %d, %d | %d / %d | %s |%n", e.rendition(),
                    b.targetDuration(), b.fresh().size(), b.min(), b.max(), b.median(), e.targetDuration(), e.fresh().size(),
                    e.median(), e.max(), e.fresh().isEmpty() || b.fresh().isEmpty() ? "no data"
                            : e.median() <= b.max() ? "yes" : "NO (+" + (e.median() - b.max()) + " ms over the band)"));
        }
        return out.append('\n').toString();
    }

    /**
     * The portal's threads grouped by name with the numbers folded ("http-nio-N-exec-N"), from
     * {@code jcmd Thread.print} (the portal is another process); virtual threads are not in it.
     */
    private static Map<String, Long> threadGroups(long pid) throws IOException, InterruptedException {
        Map<String, Long> groups = new java.util.TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\"(.*)\" #").matcher(run("jcmd", Long.toString(pid), "Thread.print"));
        while (m.find()) {
            groups.merge(m.group(1).replaceAll("\\d+", "N"), 1L, Long::sum);
        }
        return groups;
    }

    private static String threadTable(Map<String, Long> atStart, Map<String, Long> atEnd) {
        java.util.Set<String> names = new java.util.TreeSet<>(atStart.keySet());
        names.addAll(atEnd.keySet());
        StringBuilder out = new StringBuilder("Platform threads by name (numbers folded), at minute ~4 (after the band) "
                + "and at the end; grown groups first:\n\n| threads | at start | at end | change |\n|---|---|---|---|\n");
        names.stream().sorted(java.util.Comparator.comparingLong(
                        (String n) -> -(atEnd.getOrDefault(n, 0L) - atStart.getOrDefault(n, 0L))).thenComparing(n -> n))
                .forEach(n -> out.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %+d |%n", n,
                        atStart.getOrDefault(n, 0L), atEnd.getOrDefault(n, 0L),
                        atEnd.getOrDefault(n, 0L) - atStart.getOrDefault(n, 0L))));
        out.append(String.format(Locale.ROOT, "| total | %d | %d | %+d |%n%n",
                atStart.values().stream().mapToLong(Long::longValue).sum(), atEnd.values().stream().mapToLong(Long::longValue).sum(),
                atEnd.values().stream().mapToLong(Long::longValue).sum() - atStart.values().stream().mapToLong(Long::longValue).sum()));
        return out.toString();
    }

    private void finish(Path work, Path log, Path data, Process portal, Instant start, String latency,
            Object playerState, String stall, List<SimulatedViewer> viewers, int rounds) throws Exception {
        portal.destroy(); // SIGTERM: graceful shutdown
        portal.waitFor();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        long failoversLogged = lines.stream().filter(l -> FAILOVER_LOG.matcher(l).find()).count();
        long errors = lines.stream().filter(l -> l.contains(" ERROR ")).count();
        List<String> interrupts = lines.stream().filter(l -> l.contains("INTERRUPT-TRACE")).toList();
        long rows;
        try (Connection db = DriverManager.getConnection("jdbc:h2:async:" + data.resolve("portal"), "sa", "");
                ResultSet rs = db.createStatement().executeQuery(
                        "select count(*) from failover_event where content_id = '" + CONTENT + "' and kind = 'FAILOVER'")) {
            rs.next();
            rows = rs.getLong(1);
        }
        int n = samples.size();
        List<Sample> first = samples.subList(0, Math.min(10, n));
        List<Sample> last = samples.subList(Math.max(0, n - 10), n);
        StringBuilder out = new StringBuilder();
        out.append("## Soak ").append(start).append(", ").append(Duration.between(start, Instant.now()).toMinutes())
                .append(" min\n\n");
        out.append("- failovers caused: ").append(rounds).append(" (kill -9, SIGSTOP, drill in turn)\n");
        out.append("- FailoverHappened in the log: ").append(failoversLogged).append(", timeline rows: ").append(rows)
                .append('\n');
        out.append("- ERROR lines: ").append(errors).append("; interrupt traces: ").append(interrupts.size()).append('\n');
        lines.stream().filter(l -> l.contains(" ERROR ")).limit(5)
                .forEach(l -> out.append("    ").append(l, 0, Math.min(l.length(), 300)).append('\n'));
        out.append("- readiness samples: ").append(readiness.size()).append(", not 200: ")
                .append(readiness.stream().filter(s -> s != 200).count())
                .append(notReady.isEmpty() ? "" : " (" + notReady.getFirst() + " … " + notReady.getLast() + ")").append('\n');
        out.append(String.format(Locale.ROOT, "- load average (1 min) during the run: %.1f–%.1f%n",
                samples.stream().mapToDouble(Sample::load).min().orElse(-1),
                samples.stream().mapToDouble(Sample::load).max().orElse(-1)));
        out.append("- website player at the end: ").append(playerState).append(", longest stall ").append(stall).append('\n');
        out.append(viewerReport(viewers));
        if (!repairs.isEmpty()) {
            out.append("- encoders repaired by the harness: ").append(String.join("; ", repairs)).append('\n');
        }
        out.append('\n');
        out.append("| minute window | threads | open fds | heap after GC (MB) | RSS (MB) | viewer segments per min |\n"
                + "|---|---|---|---|---|---|\n");
        out.append(row("first 10 min", first)).append(row("last 10 min", last));
        for (int w = 0; w * 10 < n; w++) {
            out.append(row("samples " + (w * 10 + 1) + "–" + Math.min(n, w * 10 + 10), samples.subList(w * 10, Math.min(n, w * 10 + 10))));
        }
        out.append("\nEvery sample: samples.csv\n\n");
        out.append("Listing delay (segment's last frame, PDT + duration → listed by the edge):\n\n").append(latency);
        out.append(String.join("\n", report)).append('\n');
        if (!interrupts.isEmpty()) {
            out.append("\nWho interrupted whom (thread numbers folded), with the calling frame:\n\n");
            Map<String, Long> kinds = new java.util.TreeMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("INTERRUPT-TRACE")) {
                    String who = lines.get(i).substring(lines.get(i).indexOf("INTERRUPT-TRACE") + 16)
                            .replaceAll("\\d+", "N");
                    String caller = i + 2 < lines.size() ? lines.get(i + 2).strip() : "";
                    kinds.merge(who + " | " + caller, 1L, Long::sum);
                }
            }
            kinds.forEach((kind, count) -> out.append("    ").append(count).append(" × ").append(kind).append('\n'));
        }
        Files.writeString(work.resolve("report.md"), out);
        System.out.println(out);
    }

    private static String row(String what, List<Sample> samples) {
        List<Long> perMinute = new ArrayList<>();
        for (int i = 1; i < samples.size(); i++) {
            long seconds = Math.max(1, Duration.between(samples.get(i - 1).at(), samples.get(i).at()).toSeconds());
            perMinute.add((samples.get(i).viewerSegments() - samples.get(i - 1).viewerSegments()) * 60 / seconds);
        }
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", what,
                range(samples.stream().mapToLong(Sample::threads).boxed().toList(), 1),
                range(samples.stream().mapToLong(Sample::fds).boxed().toList(), 1),
                range(samples.stream().mapToLong(Sample::heapAfterGcKb).boxed().toList(), 1024),
                range(samples.stream().mapToLong(Sample::rssKb).boxed().toList(), 1024), range(perMinute, 1));
    }

    private static String range(List<Long> values, long divisor) {
        if (values.isEmpty()) {
            return "-";
        }
        long min = values.stream().mapToLong(Long::longValue).min().orElseThrow() / divisor;
        long max = values.stream().mapToLong(Long::longValue).max().orElseThrow() / divisor;
        return min == max ? Long.toString(min) : min + "–" + max;
    }

    private static int field(String status, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(\\d+)").matcher(status);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** What the simulated viewers went through: failures by kind, new tickets, gaps without a new segment. */
    private static String viewerReport(List<SimulatedViewer> viewers) {
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        viewers.forEach(v -> v.failureKinds.forEach((kind, n) -> kinds.merge(kind, n.get(), Integer::sum)));
        List<Long> gaps = viewers.stream().map(v -> v.longestGap().toMillis()).sorted().toList();
        Map<String, Integer> longGapsByMinute = new java.util.TreeMap<>();
        viewers.forEach(v -> v.longGaps.forEach(g -> longGapsByMinute.merge(g.substring(11, 16), 1, Integer::sum)));
        Instant recent = Instant.now().minusSeconds(30);
        long current = viewers.stream().filter(v -> v.lastSegmentAt() != null && v.lastSegmentAt().isAfter(recent)).count();
        return "- simulated viewers: " + viewers.stream().mapToInt(v -> v.segments.get()).sum() + " segments fetched, "
                + viewers.stream().mapToInt(v -> v.lost.get()).sum() + " lost (listed, gone before fetched); "
                + viewers.stream().mapToInt(v -> v.failures.get()).sum() + " retried loads and ticket waits " + kinds + ", "
                + viewers.stream().mapToInt(v -> v.newTickets.get()).sum() + " new tickets after a 403; "
                + current + "/" + viewers.size() + " got a segment in the last 30 s before the end\n"
                + "- simulated viewers' longest time without a new segment (ms): median "
                + (gaps.isEmpty() ? -1 : gaps.get(gaps.size() / 2)) + ", max " + (gaps.isEmpty() ? -1 : gaps.getLast())
                + "; gaps of " + SimulatedViewer.LONG_GAP.toSeconds() + " s or more, by the minute (UTC) they ended: "
                + longGapsByMinute + "\n";
    }

    /** The website player's stalls over 1 s with their wall-clock start (from its waiting/playing events). */
    private static String playerStalls(Page player) {
        @SuppressWarnings("unchecked")
        List<List<Object>> events = (List<List<Object>>) player.evaluate("() => window.__soak");
        List<String> stalls = new ArrayList<>();
        Long waiting = null;
        for (List<Object> e : events) {
            long at = ((Number) e.get(1)).longValue();
            if ("waiting".equals(e.get(0)) && waiting == null) {
                waiting = at;
            } else if ("playing".equals(e.get(0)) && waiting != null) {
                if (at - waiting > 1_000) {
                    stalls.add(Instant.ofEpochMilli(waiting).toString().substring(11, 19) + " " + (at - waiting) + " ms");
                }
                waiting = null;
            }
        }
        return stalls.isEmpty() ? "none" : String.join(", ", stalls);
    }

    private static String clock() {
        return Instant.now().toString().substring(11, 19);
    }

    // --- plumbing ---

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        org.awaitility.Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                .pollInterval(Duration.ofSeconds(1)).until(condition::getAsBoolean);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The tracer as an agent jar: its classes plus Byte Buddy on the manifest's class path. */
    private static String agentJar(Path work) throws Exception {
        Path jar = work.resolve("interrupt-tracer.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", InterruptTracer.class.getName());
        manifest.getMainAttributes().putValue("Can-Retransform-Classes", "true");
        manifest.getMainAttributes().putValue("Can-Redefine-Classes", "true");
        manifest.getMainAttributes().putValue("Class-Path", Path.of(net.bytebuddy.ByteBuddy.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI()).toUri().toString());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Class<?> type : List.of(InterruptTracer.class, InterruptTracer.Trace.class)) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (var in = type.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar.toAbsolutePath().toString();
    }
}
