package com.example.backupingest.monitor.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

/**
 * Finds the newest complete segment of one rendition folder: the last one its media playlist
 * lists (the file ffmpeg is still writing is not listed yet).
 */
final class HlsFolder {

    private HlsFolder() {
    }

    static Optional<Path> newestSegment(Path renditionDir) {
        Path playlist = renditionDir.resolve("index.m3u8");
        try {
            List<String> lines = Files.readAllLines(playlist);
            return lines.reversed().stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .findFirst().map(renditionDir::resolve).filter(Files::exists);
        } catch (IOException e) {
            return Optional.empty(); // not written yet, or replaced while reading: next round
        }
    }

    static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
