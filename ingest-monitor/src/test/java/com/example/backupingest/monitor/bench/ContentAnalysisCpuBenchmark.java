package com.example.backupingest.monitor.bench;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.transcode.HlsTranscodeArgs;
import java.net.URI;
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
 * Issue 16: what the picture and sound analysis (blackdetect, the frozen-picture difference,
 * silencedetect, astats at 5 fps on a 160x90 copy) and the thumbnail add to the transcoder's CPU, at
 * 720p and 1080p. The same clip is transcoded with the monitor's own argument list, once without and
 * once with the analysis outputs, alternating, {@code bench.runs} times each, as fast as ffmpeg can;
 * CPU per stream second from the wrapping shell's cutime+cstime (see {@link Cpu}). Goal: at most 5 % extra.
 */
@Tag("benchmark")
class ContentAnalysisCpuBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 10);
    static final Duration CLIP = Duration.ofSeconds(Integer.getInteger("bench.clip.seconds", 8));

    @TempDir
    Path work;

    @Test
    void measure_the_cpu_the_analysis_adds_to_the_transcode() throws Exception {
        List<String> report = new ArrayList<>();
        for (int height : List.of(720, 1080)) {
            Path input = work.resolve("input-" + height + ".ts");
            TranscodeBenchmark.run(Ladder.input(height, CLIP, input));
            List<Double> alone = new ArrayList<>();
            List<Double> analysed = new ArrayList<>();
            List<Double> extra = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                double plain = cpu(input, work.resolve("alone-" + height + "-" + i), false);
                double with = cpu(input, work.resolve("analysed-" + height + "-" + i), true);
                alone.add(plain / CLIP.toSeconds());
                analysed.add(with / CLIP.toSeconds());
                extra.add(100.0 * (with - plain) / plain);
                System.out.printf(Locale.ROOT, "[bench] %dp run %d: transcode %.2f cpu-s/s, with analysis %.2f (%+.1f %%)%n",
                        height, i, alone.getLast(), analysed.getLast(), extra.getLast());
            }
            report.add(height + "p transcode alone: " + Stats.of(alone).format("cpu-s per stream-s"));
            report.add(height + "p with analysis + thumbnail: " + Stats.of(analysed).format("cpu-s per stream-s"));
            report.add(height + "p extra: " + Stats.of(extra).format("%"));
        }
        report.forEach(line -> System.out.println("[bench] " + line));
    }

    private static double cpu(Path input, Path out, boolean analysis) throws Exception {
        for (Rendition rendition : Rendition.values()) {
            Files.createDirectories(out.resolve(rendition.id()));
        }
        List<String> args = new HlsTranscodeArgs("ffmpeg", URI.create("file:" + input), out, Ladder.SEGMENT, 10,
                analysis, analysis ? out.resolve("thumbnail.jpg") : null).build();
        String stat = TranscodeBenchmark.run(Cpu.wrapped(args));
        double seconds = Cpu.reapedChildren(stat.strip().lines().reduce((a, b) -> b).orElseThrow());
        FileSystemUtils.deleteRecursively(out);
        return seconds;
    }
}
