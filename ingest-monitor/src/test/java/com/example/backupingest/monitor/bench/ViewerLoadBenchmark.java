package com.example.backupingest.monitor.bench;

import com.example.backupingest.monitor.pipeline.TestEncoder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Viewers per distribution server: N simulated players of the 480p rendition against one edge of a
 * monitor JVM that transcodes the content (a real ffmpeg encoder publishes testsrc2), then against a
 * plain nginx serving the same origin folder, same N and window, in the same run. The edge's CPU is
 * the monitor JVM's minus its idle-transcoding baseline measured just before; nginx's is its own.
 * Not part of the normal build: {@code -Dgroups=benchmark -DexcludedGroups=} (docs/benchmarks.md).
 */
@Tag("benchmark")
class ViewerLoadBenchmark {

    static final List<Integer> VIEWERS = Arrays.stream(System.getProperty("bench.viewers", "1000,3000").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.viewers.warmup.seconds", 20));
    static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.viewers.seconds", 60));
    static final Duration BASELINE = Duration.ofSeconds(Integer.getInteger("bench.viewers.baseline.seconds", 20));
    static final String SIZE = System.getProperty("bench.viewers.size", "640x360");
    static final String KEY = "viewerBenchSecret42";
    static final String CONTENT = "viewers";

    @TempDir
    Path work;

    @Test
    void measure_segment_fetches_and_cpu_of_the_edge_against_nginx() throws Exception {
        List<String> rows = new ArrayList<>();
        try (MonitorJvm monitor = new MonitorJvm(work, KEY, "1:" + CONTENT + ":A:1");
                TestEncoder encoder = TestEncoder.publish(monitor.rtmpPort, KEY, SIZE, 25)) {
            String edgePath = "/edge/" + CONTENT + "/edge-1/480p/index.m3u8";
            awaitSegments(URI.create("http://127.0.0.1:" + monitor.httpPort + edgePath), 5);
            Path hls = originFolder();
            String nginxPath = "/" + hls.getParent().getFileName() + "/480p/index.m3u8";
            try (ReferenceNginx nginx = new ReferenceNginx(hls.getParent().getParent(), work.resolve("nginx"))) {
                for (int viewers : VIEWERS) {
                    double baseline = idleCores(monitor);
                    LoadRun edge = LoadRun.run(monitor.httpPort, edgePath, viewers, WARM_UP, WINDOW,
                            () -> Cpu.seconds(monitor.pid()), work.resolve("edge-" + viewers + ".log"));
                    LoadRun reference = LoadRun.run(nginx.port, nginxPath, viewers, WARM_UP, WINDOW,
                            nginx::cpuSeconds, work.resolve("nginx-" + viewers + ".log"));
                    double edgeCores = edge.serverCores() - baseline;
                    System.out.printf(Locale.ROOT, "[bench] %d viewers, edge: %s, JVM %.3f - idle %.3f cores, generator %.3f,"
                                    + " established %d, load before %s%n", viewers, edge.json(), edge.serverCores(), baseline,
                            edge.generatorCores(), edge.establishedMidWindow(), edge.loadBefore());
                    System.out.printf(Locale.ROOT, "[bench] %d viewers, nginx: %s, nginx %.3f cores, generator %.3f,"
                                    + " established %d, load before %s%n", viewers, reference.json(),
                            reference.serverCores(), reference.generatorCores(), reference.establishedMidWindow(),
                            reference.loadBefore());
                    rows.add(row("edge", edge, edgeCores, edgeCores / reference.serverCores()));
                    rows.add(row("nginx", reference, reference.serverCores(), 1.0));
                }
            }
        }
        System.out.println("[bench] | viewers | server | segments | p50 | p95 | max | slow (> segment) | failures "
                + "| server cores | cores / 1,000 viewers | vs nginx | generator cores | connections (ss) | reopened "
                + "| Mbit/s | load before |");
        rows.forEach(row -> System.out.println("[bench] " + row));
    }

    private static String row(String server, LoadRun run, double cores, double ratio) {
        double viewers = run.number("viewers");
        return String.format(Locale.ROOT, "| %,d | %s | %,d | %.0f ms | %.0f ms | %.0f ms | %.2f %% (%d) | %d | %.3f | %.3f"
                        + " | %.2f× | %.2f | %d | %d | %.0f | %s |",
                (long) viewers, server, (long) run.number("segments"), run.number("segmentP50Ms"),
                run.number("segmentP95Ms"), run.number("segmentMaxMs"), 100 * run.number("slowShare"),
                (long) run.number("slow"), (long) (run.number("segmentFailures") + run.number("playlistFailures")), cores,
                1000 * cores / viewers, ratio, run.generatorCores(), run.establishedMidWindow(),
                (long) run.number("closedByServer"), run.number("mbitPerSecond"),
                run.loadBefore().split(" ")[0]);
    }

    /** The monitor JVM's own CPU (threads, not reaped children) while it transcodes with no viewers. */
    private static double idleCores(MonitorJvm monitor) throws InterruptedException {
        double before = Cpu.seconds(monitor.pid());
        long start = System.nanoTime();
        Thread.sleep(BASELINE);
        return Cpu.per(Cpu.seconds(monitor.pid()) - before, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The 480p folder the transcoder of entrypoint A writes: {@code <hls root>/<content>/480p}. */
    private Path originFolder() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("monitor"))) {
            return files.filter(p -> p.endsWith(Path.of(CONTENT, "480p", "index.m3u8")))
                    .filter(p -> p.toString().contains("/A/")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no 480p playlist of entrypoint A")).getParent();
        }
    }

    private static void awaitSegments(URI playlist, int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (Instant.now().isBefore(deadline)) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(playlist).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && LivePlaylist.parse(response.body()).segments().size() >= count) {
                    return;
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the edge listed fewer than " + count + " segments within 60 s: " + playlist);
    }
}
