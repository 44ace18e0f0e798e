package com.example.backupingest.monitor.health;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Finds the newest complete segment of one rendition folder: the last one its media playlist
 * lists (the file ffmpeg is still writing is not listed yet).
 */
final class HlsFolder {

    /** The newest listed segment and its EXTINF duration. */
    record Newest(Path segment, Duration duration) {
    }

    private HlsFolder() {
    }

    static Optional<Path> newestSegment(Path renditionDir) {
        return newest(renditionDir).map(Newest::segment);
    }

    static Optional<Newest> newest(Path renditionDir) {
        Path playlist = renditionDir.resolve("index.m3u8");
        try {
            List<String> lines = Files.readAllLines(playlist).stream().map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith("#")) {
                    continue;
                }
                Path segment = renditionDir.resolve(lines.get(i));
                if (!Files.exists(segment)) {
                    return Optional.empty();
                }
                return Optional.of(new Newest(segment, duration(lines, i)));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not written yet, or replaced while reading: next round
        }
    }

    /** The EXTINF above the segment line (ffmpeg may put the PDT between them). */
    private static Duration duration(List<String> lines, int segmentLine) {
        for (int i = segmentLine - 1; i >= 0 && lines.get(i).startsWith("#"); i--) {
            if (lines.get(i).startsWith("#EXTINF:")) {
                String seconds = lines.get(i).substring("#EXTINF:".length()).split(",", 2)[0].strip();
                return Duration.ofNanos(new BigDecimal(seconds).movePointRight(9).longValue());
            }
        }
        return Duration.ZERO;
    }

    static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
