package com.example.backupingest.monitor.edge.origin;

import com.example.backupingest.monitor.hls.PlaylistParser;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an origin's HLS straight from its folder, for edges on the ingest host itself. A playlist
 * is parsed again only when its modification time or size changed: most polls cost one stat, not an
 * HTTP round trip through nginx (docs/benchmarks.md, live CPU).
 */
final class LocalOriginFiles {

    private record Parsed(FileTime modified, long size, MediaPlaylist playlist) {
    }

    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();

    Optional<MediaPlaylist> playlist(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Parsed known = parsed.get(file);
            if (known != null && known.modified().equals(attributes.lastModifiedTime())
                    && known.size() == attributes.size()) {
                return Optional.of(known.playlist());
            }
            MediaPlaylist playlist = PlaylistParser.parse(Files.readString(file));
            parsed.put(file, new Parsed(attributes.lastModifiedTime(), attributes.size(), playlist));
            return Optional.of(playlist);
        } catch (IOException | RuntimeException e) {
            parsed.remove(file);
            return Optional.empty(); // not written yet, replaced while reading, or broken: like an HTTP 404
        }
    }

    Optional<Long> size(Path file) {
        try {
            return Optional.of(Files.size(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Optional<byte[]> segment(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
