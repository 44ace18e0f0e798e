package com.example.backupingest.monitor.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Measures the keyframe interval of an encoder with ffprobe on one segment of the original (copied)
 * rendition: the mean distance between keyframes, or the segment's span when it holds a single one
 * (the HLS muxer cuts copied streams at keyframes, so one keyframe per segment means GOP = segment).
 */
public record KeyframeProbe(String ffprobe) {

    /** Keyframe interval and the H.264 profile as ffprobe names it (nginx-rtmp names no profile above 144). */
    public record Probed(@Nullable Duration interval, @Nullable String profile) {
    }

    public List<String> command(Path segment) {
        return List.of(ffprobe, "-v", "error", "-select_streams", "v:0", "-show_entries",
                "packet=pts_time,flags:stream=profile", "-of", "csv=p=0", segment.toString());
    }

    public Optional<Duration> probe(Path segment) {
        return Optional.ofNullable(probeAll(segment).interval());
    }

    public Probed probeAll(Path segment) {
        try {
            Process process = new ProcessBuilder(command(segment)).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Probed(null, null);
            }
            return new Probed(interval(out), profile(out));
        } catch (IOException e) {
            return new Probed(null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probed(null, null);
        }
    }

    /** The stream line: the one without a comma (packet lines are "pts,flags,"). */
    static @Nullable String profile(String csv) {
        return csv.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains(",")).reduce((a, b) -> b)
                .orElse(null);
    }

    /** From ffprobe's {@code pts_time,flags} lines. */
    static @Nullable Duration interval(String csv) {
        List<Double> all = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        for (String line : csv.split("\n")) {
            String[] parts = line.trim().split(",");
            if (parts.length < 2 || parts[0].equals("N/A")) {
                continue;
            }
            double pts = Double.parseDouble(parts[0]);
            all.add(pts);
            if (parts[1].startsWith("K")) {
                keys.add(pts);
            }
        }
        if (keys.size() >= 2) {
            return seconds((keys.getLast() - keys.getFirst()) / (keys.size() - 1));
        }
        if (keys.size() == 1 && all.size() >= 2) {
            double first = all.stream().min(Double::compare).orElseThrow();
            double last = all.stream().max(Double::compare).orElseThrow();
            return seconds((last - first) * all.size() / (all.size() - 1));
        }
        return null;
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
