package com.example.backupingest.monitor.front;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.edge.EdgeMirror;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edges' mirror on disk, for nginx: each new segment written once, then the playlist, each by
 * write-and-rename, so nginx never serves half a file and never lists a segment it cannot serve.
 * Keeps the newest {@code keepSegments} segment files per rendition.
 */
final class FrontFolder implements EdgeMirror {

    private static final Logger log = LoggerFactory.getLogger(FrontFolder.class);
    static final String PLAYLIST = "index.m3u8";

    private final FrontLayout layout;
    private final int keepSegments;
    private final Map<Path, Deque<Path>> written = new ConcurrentHashMap<>();

    FrontFolder(FrontLayout layout, int keepSegments) {
        this.layout = layout;
        this.keepSegments = keepSegments;
    }

    @Override
    public void media(String contentId, String edgeId, Rendition rendition, String playlist,
            java.util.List<MirroredSegment> added) {
        Path dir = layout.rendition(contentId, edgeId, rendition);
        try {
            Files.createDirectories(dir);
            Deque<Path> files = written.computeIfAbsent(dir, d -> new ArrayDeque<>());
            for (MirroredSegment segment : added) {
                Path file = dir.resolve(segment.name());
                replace(file, segment.bytes());
                files.addLast(file);
            }
            replace(dir.resolve(PLAYLIST), playlist.getBytes(StandardCharsets.UTF_8));
            while (files.size() > keepSegments) {
                Files.deleteIfExists(files.removeFirst());
            }
        } catch (IOException e) {
            // players then get the edge's own answer (nginx falls back to Java for a missing file)
            log.warn("front: could not mirror {} of {} / {}", rendition.id(), contentId, edgeId, e);
        }
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Empties the folder: links of an earlier run would admit old tickets, old segments mislead. */
    static void reset(FrontLayout layout) {
        try {
            if (Files.exists(layout.root())) {
                try (var paths = Files.walk(layout.root())) {
                    paths.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(layout.root()))
                            .forEach(FrontFolder::delete);
                }
            }
            Files.createDirectories(layout.edges());
            Files.createDirectories(layout.tickets());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the front folder " + layout.root(), e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
