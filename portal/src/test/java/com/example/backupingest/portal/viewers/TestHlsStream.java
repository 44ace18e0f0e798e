package com.example.backupingest.portal.viewers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test-only: a real live HLS stream made by ffmpeg (test pattern, 1 s segments) in a folder of its
 * own, laid out like an edge's: {@code master.m3u8} naming {@code original/index.m3u8} and
 * {@code 360p/index.m3u8} (the edge server answers the second with the first's files).
 */
final class TestHlsStream implements AutoCloseable {

    private final Path folder;
    private final Process ffmpeg;

    private TestHlsStream(Path folder, Process ffmpeg) {
        this.folder = folder;
        this.ffmpeg = ffmpeg;
    }

    static TestHlsStream start(Path folder) throws IOException {
        return start(folder, List.of());
    }

    /** A broadcast that ends by itself after {@code length}: the playlist then carries ENDLIST. */
    static TestHlsStream startFor(Path folder, Duration length) throws IOException {
        return start(folder, List.of("-t", Long.toString(length.toSeconds())));
    }

    private static TestHlsStream start(Path folder, List<String> limit) throws IOException {
        Path original = Files.createDirectories(folder.resolve("original"));
        Files.writeString(folder.resolve("master.m3u8"), """
                #EXTM3U
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXT-X-STREAM-INF:BANDWIDTH=400000,RESOLUTION=320x180
                original/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=200000,RESOLUTION=320x180
                360p/index.m3u8
                """);
        List<String> command = new java.util.ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=15"));
        command.addAll(limit);
        command.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
                "-g", "15", "-keyint_min", "15", "-sc_threshold", "0", "-b:v", "300k",
                "-f", "hls", "-hls_time", "1", "-hls_list_size", "8", "-hls_flags", "delete_segments+independent_segments",
                "-hls_segment_filename", original.resolve("seg-%d.ts").toString(), original.resolve("index.m3u8").toString()));
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("ffmpeg.log").toFile()).start();
        TestHlsStream stream = new TestHlsStream(folder, ffmpeg);
        stream.awaitSegments(5, Duration.ofSeconds(30));
        return stream;
    }

    private void awaitSegments(int count, Duration timeout) throws IOException {
        Path playlist = folder.resolve("original/index.m3u8");
        org.awaitility.Awaitility.await("HLS segments").pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                .pollInterval(Duration.ofMillis(200)).until(() -> {
            if (Files.exists(playlist) && Files.readAllLines(playlist).stream().filter(l -> l.endsWith(".ts")).count() >= count) {
                return true;
            }
            if (!ffmpeg.isAlive()) {
                throw new IllegalStateException("ffmpeg ended: " + Files.readString(folder.resolve("ffmpeg.log")));
            }
            return false;
        });
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() throws InterruptedException {
        ffmpeg.destroy();
        if (!ffmpeg.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            ffmpeg.destroyForcibly();
        }
    }
}
