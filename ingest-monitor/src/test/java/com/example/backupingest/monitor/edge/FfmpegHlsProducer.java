package com.example.backupingest.monitor.edge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real ffmpeg writing live HLS like an entrypoint does (original, 480p, 360p; 2 s segments with
 * PDT) into {@code <root>/hls/<content>/<rendition>/}. Small test picture to spare the CPU.
 */
final class FfmpegHlsProducer implements AutoCloseable {

    private final Process process;
    private final StringBuffer errors = new StringBuffer();

    private FfmpegHlsProducer(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> drain(process.getErrorStream()));
        Thread.ofVirtual().start(() -> drain(process.getInputStream()));
    }

    static FfmpegHlsProducer start(Path root, String contentId) throws IOException {
        Path folder = root.resolve("hls").resolve(contentId);
        for (String rendition : List.of("original", "480p", "360p")) {
            Files.createDirectories(folder.resolve(rendition));
        }
        return new FfmpegHlsProducer(new ProcessBuilder(arguments(folder)).start());
    }

    /** The whole command line, as data. */
    static List<String> arguments(Path folder) {
        List<String> args = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error",
                "-re", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=15",
                "-filter_complex", "[0:v]split=3[original][a][b];[a]scale=-2:240[480p];[b]scale=-2:180[360p]"));
        for (String rendition : List.of("original", "480p", "360p")) {
            Path out = folder.resolve(rendition);
            args.addAll(List.of("-map", "[" + rendition + "]", "-c:v", "libx264", "-preset", "ultrafast",
                    "-g", "30", "-keyint_min", "30", "-sc_threshold", "0", "-f", "hls", "-hls_time", "2",
                    "-hls_list_size", "10",
                    "-hls_flags", "program_date_time+independent_segments+delete_segments",
                    "-hls_segment_filename", out.resolve("seg%d.ts").toString(),
                    out.resolve("index.m3u8").toString()));
        }
        return List.copyOf(args);
    }

    long pid() {
        return process.pid();
    }

    /** Like a crashed encoder: no goodbye, the playlist simply stops growing. */
    void kill() throws InterruptedException {
        signal("CONT");
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /** Freezes the encoder without disconnecting it (SIGSTOP). */
    void freeze() {
        signal("STOP");
    }

    void signal(String name) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String errors() {
        return errors.toString();
    }

    static Duration segmentDuration() {
        return Duration.ofSeconds(2);
    }

    private void drain(InputStream stream) {
        try (stream) {
            byte[] buffer = new byte[4096];
            for (int n; (n = stream.read(buffer)) >= 0; ) {
                if (errors.length() < 20_000) {
                    errors.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException ignored) {
            // process gone
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
