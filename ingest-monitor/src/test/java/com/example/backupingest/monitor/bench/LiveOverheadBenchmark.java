package com.example.backupingest.monitor.bench;

import com.example.backupingest.monitor.pipeline.EdgeFollower;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPU of a live content through the whole monitor (own JVM with edges, health and a player reading
 * the edge once a second; its transcoder; both nginx) against a plain ffmpeg doing the same ladder from the same
 * real-time input, sampled over consecutive windows after a warm-up. The monitor's warm-up is long
 * (default 5 min): a broadcast runs for hours, and for the first minutes the JIT compiler is still
 * busy with the hot paths; its share is reported apart.
 */
@Tag("benchmark")
class LiveOverheadBenchmark {

    static final int WINDOWS = Integer.getInteger("bench.runs", 10);
    static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.live.window.seconds", 10));
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 8));
    static final Duration MONITOR_WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.live.warmup.seconds", 300));
    static final String KEY = "liveBenchSecret42";

    @TempDir
    Path work;

    @Test
    void measure_monitor_cpu_overhead_against_plain_ffmpeg() throws Exception {
        List<String> report = new ArrayList<>();
        for (int height : List.of(720, 1080)) {
            Path input = work.resolve("input-" + height + ".ts");
            TranscodeBenchmark.run(Ladder.input(height, Duration.ofSeconds(8), input));
            List<double[]> monitor = throughMonitor(input, height);
            List<Double> plain = plain(input, height);
            List<Double> transcoderVsPlain = new ArrayList<>();
            List<Double> monitorVsPlain = new ArrayList<>();
            List<Double> jvm = new ArrayList<>();
            List<Double> nginx = new ArrayList<>();
            List<Double> jit = new ArrayList<>();
            for (int i = 0; i < WINDOWS; i++) {
                double p = plain.get(i);
                double[] m = monitor.get(i);
                transcoderVsPlain.add(100 * (m[0] / p - 1));
                monitorVsPlain.add(100 * ((m[0] + m[1]) / p - 1));
                jvm.add(m[1]);
                nginx.add(m[2]);
                jit.add(m[3]);
                System.out.printf(Locale.ROOT,
                        "[bench] %dp window %d: transcoder %.4f, JVM %.4f (JIT %.4f), nginx %.4f, plain %.4f cpu-s/s%n",
                        height, i, m[0], m[1], m[3], m[2], p);
            }
            report.add(height + "p live: plain ffmpeg " + Stats.of(plain).format("cpu-s/s"));
            report.add(height + "p live: monitor transcoder vs plain " + Stats.of(transcoderVsPlain).format("%"));
            report.add(height + "p live: monitor JVM (edge, health, API, reaped ffprobe) " + Stats.of(jvm).format("cpu-s/s"));
            report.add(height + "p live: of the JVM, JIT compiler threads " + Stats.of(jit).format("cpu-s/s"));
            report.add(height + "p live: nginx A+B " + Stats.of(nginx).format("cpu-s/s"));
            report.add(height + "p live: transcoder + JVM vs plain " + Stats.of(monitorVsPlain).format("%"));
            // the windows of the two runs are not simultaneous: totals over all windows are steadier than per-window ratios
            double plainTotal = plain.stream().mapToDouble(Double::doubleValue).sum();
            double transcoderTotal = monitor.stream().mapToDouble(m -> m[0]).sum();
            double jvmTotal = jvm.stream().mapToDouble(Double::doubleValue).sum();
            report.add(String.format(Locale.ROOT, "%dp live, all windows: JVM = %.1f %% of plain, transcoder = %+.1f %%,"
                    + " transcoder + JVM = %+.1f %% vs plain", height, 100 * jvmTotal / plainTotal,
                    100 * (transcoderTotal / plainTotal - 1), 100 * ((transcoderTotal + jvmTotal) / plainTotal - 1)));
        }
        report.forEach(line -> System.out.println("[bench] " + line));
    }

    /** Per window: transcoder, monitor JVM (with reaped children), nginx and JIT CPU seconds per second. */
    private List<double[]> throughMonitor(Path input, int height) throws Exception {
        Path dir = Files.createDirectories(work.resolve("monitor-" + height));
        try (MonitorJvm monitor = new MonitorJvm(dir, KEY, "1:live" + height + ":A:1")) {
            Process publisher = new ProcessBuilder(Ladder.publish(input, monitor.rtmpPort, KEY))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (EdgeFollower player = new EdgeFollower(monitor.edgePlaylist("live" + height), Duration.ofSeconds(1))) {
                Thread.sleep(MONITOR_WARM_UP); // warm-up before measuring
                long transcoder = monitor.transcoder().orElseThrow(() -> new IllegalStateException("no transcoder")).pid();
                List<double[]> windows = new ArrayList<>();
                double[] before = sample(monitor, transcoder);
                for (int i = 0; i < WINDOWS; i++) {
                    long start = System.nanoTime();
                    Thread.sleep(WINDOW); // the measurement window
                    double[] after = sample(monitor, transcoder);
                    Duration wall = Duration.ofNanos(System.nanoTime() - start);
                    windows.add(new double[] {Cpu.per(after[0] - before[0], wall), Cpu.per(after[1] - before[1], wall),
                            Cpu.per(after[2] - before[2], wall), Cpu.per(after[3] - before[3], wall)});
                    before = after;
                }
                if (player.count() < 3) {
                    throw new IllegalStateException("the edge served no live playlist: " + player.problems());
                }
                return windows;
            } finally {
                publisher.destroyForcibly();
            }
        }
    }

    private static double[] sample(MonitorJvm monitor, long transcoder) {
        double nginx = monitor.nginx().stream().mapToDouble(p -> Cpu.seconds(p.pid())).sum();
        return new double[] {Cpu.seconds(transcoder), Cpu.secondsWithReapedChildren(monitor.pid()), nginx,
                Cpu.compilerSeconds(monitor.pid())};
    }

    /** Per window: plain ffmpeg CPU seconds per second, same input in real time. */
    private List<Double> plain(Path input, int height) throws Exception {
        Path out = Files.createDirectories(work.resolve("plain-" + height));
        Process ffmpeg = new ProcessBuilder(Ladder.plain(List.of("-re", "-stream_loop", "-1"), input.toString(), out))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Thread.sleep(WARM_UP); // warm-up before measuring
            List<Double> windows = new ArrayList<>();
            double before = Cpu.seconds(ffmpeg.pid());
            for (int i = 0; i < WINDOWS; i++) {
                long start = System.nanoTime();
                Thread.sleep(WINDOW); // the measurement window
                double after = Cpu.seconds(ffmpeg.pid());
                windows.add(Cpu.per(after - before, Duration.ofNanos(System.nanoTime() - start)));
                before = after;
            }
            return windows;
        } finally {
            ffmpeg.destroyForcibly();
        }
    }
}
