package com.example.backupingest.monitor.bench;

import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.monitor.pipeline.RunningMonitor;
import com.example.backupingest.monitor.pipeline.TestEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's benchmark: CPU of the entrypoint per stream and protocol, 720p at 3 Mbit/s. One stream at a
 * time from a clip encoded beforehand (sent with {@code -c copy}, so no encoder competes): over RTMP the
 * entrypoint is nginx (master and workers); over RTMPS nginx with TLS; over SRT nginx plus the relay
 * ffmpeg plus the monitor's libsrt threads (receive queue, decryption) and its pump thread. The
 * transcoders (the same for every protocol) are not counted. Figures: CPU seconds per second of
 * media, i.e. the share of one core.
 */
@Tag("benchmark")
class IngestProtocolCpuBenchmark {

    static final String SIZE = System.getProperty("bench.cpu.size", "1280x720");
    static final int KBIT = Integer.getInteger("bench.cpu.kbit", 3000);
    static final Duration WINDOW = Duration.ofSeconds(Long.getLong("bench.cpu.seconds", 30));
    static final int RUNS = Integer.getInteger("bench.cpu.runs", 2);

    @TempDir
    Path dir;

    @Test
    void cpu_of_the_entrypoint_per_stream_over_rtmp_rtmps_and_srt() throws Exception {
        Path clip = dir.resolve("clip.mkv");
        List<String> encode = new ArrayList<>(TestEncoder.encoderArguments(SIZE, 25, KBIT,
                List.of("-t", "40", "-y", clip.toString())));
        encode.remove("-re");
        Process ffmpeg = new ProcessBuilder(encode).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(ffmpeg.waitFor(10, TimeUnit.MINUTES) && ffmpeg.exitValue() == 0).isTrue();

        Map<String, String> keys = new LinkedHashMap<>();
        List<String> contents = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            for (IngestProtocol protocol : IngestProtocol.values()) {
                String content = "cpu" + protocol.name().toLowerCase() + run;
                contents.add(content);
                keys.put(key(content), "1:" + content + ":A:1");
            }
        }
        Map<IngestProtocol, List<Double>> shares = new LinkedHashMap<>();
        try (RunningMonitor monitor = new RunningMonitor(keys, "--monitor.srt.latency=2s")) {
            long nginx = monitor.runtime().entrypoint(PRIMARY).orElseThrow().pid();
            for (String content : contents) {
                IngestProtocol protocol = IngestProtocol.valueOf(content.substring(3, content.length() - 1).toUpperCase());
                try (TestEncoder encoder = TestEncoder.start(sender(clip, output(monitor, protocol, content)))) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> monitor.pipeline().health(content, PRIMARY)
                            .filter(h -> h.publishing() && h.newestSegmentAge() != null).isPresent());
                    Thread.sleep(3000); // past the first keyframes and the relay's probing
                    List<Long> relays = monitor.runtime().srt().listener(PRIMARY).orElseThrow().relayPids();
                    double before = entrypointSeconds(nginx, relays, content);
                    long start = System.nanoTime();
                    Thread.sleep(WINDOW.toMillis()); // the measurement window
                    double used = entrypointSeconds(nginx, relays, content) - before;
                    double wall = (System.nanoTime() - start) / 1e9;
                    assertThat(encoder.alive()).isTrue();
                    shares.computeIfAbsent(protocol, p -> new ArrayList<>()).add(used / wall);
                    System.out.printf("[bench] entrypoint CPU, %s %s %d kbit/s: %.1f %% of a core (load %s)%n",
                            protocol, SIZE, KBIT, 100 * used / wall, load());
                }
            }
        }
        shares.forEach((protocol, values) -> System.out.printf("[bench] entrypoint CPU per stream, %s: %s %% of a core%n",
                protocol, values.stream().map(v -> String.format("%.1f", 100 * v)).toList()));
    }

    /** nginx (master + workers), the SRT relays, and the JVM's SRT threads ("SRT:…" of libsrt, "srt-A-…" pumps). */
    private static double entrypointSeconds(long nginx, List<Long> relays, String content) {
        double seconds = Cpu.seconds(nginx);
        for (ProcessHandle worker : ProcessHandle.of(nginx).map(p -> p.children().toList()).orElse(List.of())) {
            seconds += Cpu.seconds(worker.pid());
        }
        for (long relay : relays) {
            seconds += Cpu.seconds(relay);
        }
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.startsWith("SRT:") || comm.startsWith("srt-A-")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                        seconds += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                    }
                } catch (IOException ended) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return seconds;
    }

    private static List<String> sender(Path clip, List<String> output) {
        List<String> args = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re",
                "-stream_loop", "-1", "-i", clip.toString(), "-c", "copy"));
        args.addAll(output);
        return args;
    }

    private static List<String> output(RunningMonitor monitor, IngestProtocol protocol, String content) {
        return switch (protocol) {
            case RTMP -> List.of("-f", "flv", "rtmp://127.0.0.1:" + monitor.rtmpPort(PRIMARY) + "/live/" + key(content));
            case RTMPS -> List.of("-f", "flv", "rtmps://127.0.0.1:" + monitor.rtmpsPort(PRIMARY) + "/live/" + key(content));
            case SRT -> TestEncoder.srtOutput("127.0.0.1", monitor.srtPort(PRIMARY), content,
                    SrtPassphrases.of(key(content)), Duration.ofSeconds(2));
        };
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String key(String content) {
        return "bench" + content + "Secret42";
    }
}
