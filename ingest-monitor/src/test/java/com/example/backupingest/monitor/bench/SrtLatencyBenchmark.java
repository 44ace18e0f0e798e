package com.example.backupingest.monitor.bench;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.monitor.pipeline.RunningMonitor;
import com.example.backupingest.monitor.pipeline.TestEncoder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's benchmark "glass-to-glass added by SRT's latency setting". One ffmpeg encoder, the same pictures
 * encoded for two outputs at once: plain RTMP into entrypoint A and SRT (AES-128) into entrypoint B of the same
 * content. Every frame carries its own number as a 16-bit barcode (ffmpeg's geq on the frame number),
 * so a segment names the frame it starts with. Each origin's {@code original} playlist is followed every
 * 50 ms; for each new segment its first frame is decoded and its number read. Frame n was "captured" at
 * {@code t0 + n / fps} ({@code -re} paces the source from the encoder's start {@code t0}); the figure per
 * segment is {@code listed - captured} of its first frame (it contains the segment's own duration).
 * The same frame listed on A and on B gives what SRT adds to RTMP exactly (t0 cancels); the absolute
 * figures carry t0's error (the encoder's start-up, a few 100 ms, the same for both).
 * The edges and the player add the same for both protocols and are not part of this figure.
 */
@Tag("benchmark")
class SrtLatencyBenchmark {

    static final int FPS = 25;
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.g2g.seconds", 40));
    static final List<Duration> LATENCIES = java.util.Arrays.stream(
            System.getProperty("bench.g2g.latencies", "2000,120").split(",")).map(String::trim)
            .map(ms -> Duration.ofMillis(Long.parseLong(ms))).toList();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void segments_reach_the_origin_later_over_srt_by_about_its_latency() throws Exception {
        for (Duration latency : LATENCIES) {
            String content = "g2g" + latency.toMillis();
            Map<String, String> keys = Map.of(key(content, PRIMARY), "1:" + content + ":A:1",
                    key(content, BACKUP), "1:" + content + ":B:1");
            try (RunningMonitor monitor = new RunningMonitor(keys, "--monitor.srt.latency=" + latency.toMillis() + "ms")) {
                run(monitor, content, latency);
            }
        }
    }

    private void run(RunningMonitor monitor, String content, Duration latency) throws Exception {
        String rtmp = "rtmp://127.0.0.1:" + monitor.rtmpPort(PRIMARY) + "/live/" + key(content, PRIMARY);
        List<String> srt = TestEncoder.srtOutput("127.0.0.1", monitor.srtPort(BACKUP), content,
                SrtPassphrases.of(key(content, BACKUP)), latency);
        long t0 = System.currentTimeMillis();
        Process encoder = new ProcessBuilder(encoder(rtmp, srt)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> monitor.pipeline().health(content, PRIMARY)
                    .filter(h -> h.publishing() && h.protocol() == IngestProtocol.RTMP).isPresent()
                    && monitor.pipeline().health(content, BACKUP)
                    .filter(h -> h.publishing() && h.protocol() == IngestProtocol.SRT).isPresent());
            Map<Entrypoint, Map<Integer, Long>> listed = new EnumMap<>(Entrypoint.class);
            Map<Entrypoint, Set<String>> seen = new EnumMap<>(Entrypoint.class);
            for (Entrypoint e : Entrypoint.values()) {
                listed.put(e, new HashMap<>());
                seen.put(e, new HashSet<>());
            }
            // segments already there when we start watching: not timed
            for (Entrypoint e : Entrypoint.values()) {
                seen.get(e).addAll(segments(monitor, e, content));
            }
            long end = System.nanoTime() + WINDOW.toNanos();
            while (System.nanoTime() < end) {
                for (Entrypoint e : Entrypoint.values()) {
                    for (String segment : segments(monitor, e, content)) {
                        if (seen.get(e).add(segment)) {
                            long at = System.currentTimeMillis();
                            URI uri = monitor.pipeline().origins().mediaPlaylist(e, content, Rendition.ORIGINAL)
                                    .resolve(segment);
                            int frame = firstFrame(uri);
                            if (frame >= 0) {
                                listed.get(e).put(frame, at);
                            }
                        }
                    }
                }
                Thread.sleep(50); // the sampling rhythm over the fixed run
            }
            assertThat(encoder.isAlive()).as("the encoder ran throughout").isTrue();
            List<Double> rtmpSeconds = new ArrayList<>();
            List<Double> srtSeconds = new ArrayList<>();
            List<Double> added = new ArrayList<>();
            listed.get(PRIMARY).forEach((frame, at) -> rtmpSeconds.add((at - t0 - frame * 1000.0 / FPS) / 1000));
            listed.get(BACKUP).forEach((frame, at) -> srtSeconds.add((at - t0 - frame * 1000.0 / FPS) / 1000));
            listed.get(PRIMARY).forEach((frame, at) -> {
                Long onB = listed.get(BACKUP).get(frame);
                if (onB != null) {
                    added.add((onB - at) / 1000.0);
                }
            });
            System.out.printf("[g2g] SRT latency %d ms: capture -> origin listing of a segment's first frame: RTMP"
                            + " median %.2f s (n=%d), SRT median %.2f s (n=%d); same frame SRT minus RTMP: median %.2f s,"
                            + " min %.2f, max %.2f (n=%d); load %s%n", latency.toMillis(), median(rtmpSeconds),
                    rtmpSeconds.size(), median(srtSeconds), srtSeconds.size(), median(added),
                    added.stream().mapToDouble(d -> d).min().orElse(Double.NaN),
                    added.stream().mapToDouble(d -> d).max().orElse(Double.NaN), added.size(), load());
            assertThat(added).as("segments of the same frames on both").hasSizeGreaterThanOrEqualTo(5);
        } finally {
            encoder.destroy();
            if (!encoder.waitFor(5, TimeUnit.SECONDS)) {
                encoder.destroyForcibly();
            }
        }
    }

    /**
     * The source (320x180, 25 fps, the frame number as 16 bars of 20 px; a tone), encoded once per output with
     * the same settings (ffmpeg applies codec options per output; keyframes on the same frame numbers), sent
     * by RTMP and by SRT.
     */
    static List<String> encoder(String rtmpUrl, List<String> srtOutput) {
        List<String> args = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "color=c=gray:size=320x180:rate=" + FPS
                        + ",format=yuv420p,geq=lum='255*mod(floor(N/pow(2\\,floor(X/20)))\\,2)':cb=128:cr=128",
                "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000"));
        args.addAll(codecs());
        args.addAll(List.of("-f", "flv", rtmpUrl));
        args.addAll(codecs());
        args.addAll(srtOutput);
        return List.copyOf(args);
    }

    private static List<String> codecs() {
        return List.of("-map", "0:v", "-map", "1:a",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", Integer.toString(2 * FPS),
                "-keyint_min", Integer.toString(2 * FPS), "-sc_threshold", "0", "-b:v", "600k",
                "-c:a", "aac", "-b:a", "128k");
    }

    /** The frame number in the barcode of the segment's first picture; -1 when it cannot be read. */
    static int firstFrame(URI segment) throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-i",
                segment.toString(), "-frames:v", "1", "-vf", "crop=320:2:0:90", "-pix_fmt", "gray", "-f", "rawvideo", "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] row = ffmpeg.getInputStream().readAllBytes();
        if (!ffmpeg.waitFor(10, TimeUnit.SECONDS) || row.length < 320) {
            ffmpeg.destroyForcibly();
            return -1;
        }
        int n = 0;
        for (int bit = 0; bit < 16; bit++) {
            if ((row[bit * 20 + 10] & 0xff) > 128) {
                n |= 1 << bit;
            }
        }
        return n;
    }

    private static List<String> segments(RunningMonitor monitor, Entrypoint entrypoint, String content) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    monitor.pipeline().origins().mediaPlaylist(entrypoint, content, Rendition.ORIGINAL))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of();
            }
            return response.body().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String key(String content, Entrypoint entrypoint) {
        return "bench" + entrypoint.letter() + content + "Secret42";
    }
}
