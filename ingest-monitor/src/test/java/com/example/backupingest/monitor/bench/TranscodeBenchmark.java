package com.example.backupingest.monitor.bench;

import com.example.backupingest.monitor.api.Rendition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Transcode speed and CPU per stream-second for 720p and 1080p input: the monitor's own ffmpeg
 * command line against a plain ffmpeg doing the same ladder, alternating in the same run, as fast as
 * they can (no -re). CPU comes from the wrapping shell's cutime+cstime in /proc/&lt;pid&gt;/stat, which
 * holds exactly the reaped ffmpeg's utime+stime.
 */
@Tag("benchmark")
class TranscodeBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 10);
    static final Duration CLIP = Duration.ofSeconds(Integer.getInteger("bench.clip.seconds", 8));

    @TempDir
    Path work;

    @Test
    void measure_transcode_speed_and_cpu_per_stream_second() throws Exception {
        List<String> report = new ArrayList<>();
        for (int height : List.of(720, 1080)) {
            Path input = work.resolve("input-" + height + ".ts");
            run(Ladder.input(height, CLIP, input));
            List<Double> monitorSpeed = new ArrayList<>();
            List<Double> plainSpeed = new ArrayList<>();
            List<Double> monitorCpu = new ArrayList<>();
            List<Double> plainCpu = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                Path out = work.resolve("out-" + height + "-" + i);
                for (Rendition rendition : Rendition.values()) {
                    Files.createDirectories(out.resolve("monitor").resolve(rendition.id()));
                }
                double[] monitor = timed(Ladder.monitor(input, out.resolve("monitor")));
                double[] plain = timed(Ladder.plain(List.of(), input.toString(), out.resolve("plain")));
                monitorSpeed.add(CLIP.toSeconds() / monitor[0]);
                plainSpeed.add(CLIP.toSeconds() / plain[0]);
                monitorCpu.add(monitor[1] / CLIP.toSeconds());
                plainCpu.add(plain[1] / CLIP.toSeconds());
                System.out.printf(Locale.ROOT, "[bench] %dp run %d: monitor %.2fx %.2f cpu-s/s, plain %.2fx %.2f cpu-s/s%n",
                        height, i, monitorSpeed.getLast(), monitorCpu.getLast(), plainSpeed.getLast(), plainCpu.getLast());
                delete(out);
            }
            report.add(height + "p monitor transcoder speed: " + Stats.of(monitorSpeed).format("x"));
            report.add(height + "p plain ffmpeg speed: " + Stats.of(plainSpeed).format("x"));
            report.add(height + "p monitor transcoder CPU: " + Stats.of(monitorCpu).format("cpu-s per stream-s"));
            report.add(height + "p plain ffmpeg CPU: " + Stats.of(plainCpu).format("cpu-s per stream-s"));
        }
        report.forEach(line -> System.out.println("[bench] " + line));
    }

    /** Wall seconds and CPU seconds of one command. */
    private static double[] timed(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String stat = run(Cpu.wrapped(command));
        double wall = (System.nanoTime() - start) / 1e9;
        return new double[] {wall, Cpu.reapedChildren(stat.strip().lines().reduce((a, b) -> b).orElseThrow())};
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + out);
        }
        return out;
    }

    private static void delete(Path dir) throws IOException {
        FileSystemUtils.deleteRecursively(dir);
    }
}
