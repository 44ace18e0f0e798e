package com.example.backupingest.monitor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 point 6: EXT-X-PROGRAM-DATE-TIME is the arrival time of the segment's first frame, within
 * 100 ms, on both entrypoints. The camera is this test: it writes numbered frames (two grey levels
 * encode the frame number) at 25 fps into two real ffmpeg encoders publishing to A and B, and notes
 * the wall clock of every frame. For the newest segments of every rendition on both origins, ffmpeg
 * decodes the first frame, the test reads its number, and compares its capture time with the stamp.
 */
@PipelineTest
class ProgramDateTimeTest {

    static final int FPS = 25;
    static final int WIDTH = 320;
    static final int HEIGHT = 180;
    static RunningMonitor monitor;

    @BeforeAll
    static void startMonitor(RunningMonitor shared) {
        monitor = shared; // this class's keys are in SharedPipelineMonitor.KEYS
    }

    @Test
    void the_program_date_time_of_every_segment_is_the_capture_time_of_its_first_frame_on_both_entrypoints()
            throws Exception {
        Map<Integer, Instant> captured = new ConcurrentHashMap<>();
        List<Process> encoders = List.of(encoder("pdt-a", Entrypoint.PRIMARY), encoder("pdt-b", Entrypoint.BACKUP));
        Thread camera = Thread.ofPlatform().name("camera").start(() -> film(encoders, captured, Duration.ofSeconds(60)));
        List<String> checked = new ArrayList<>();
        try {
            camera.join();
            for (Entrypoint entrypoint : Entrypoint.values()) {
                for (Rendition rendition : Rendition.values()) {
                    URI playlist = monitor.pipeline().origins().mediaPlaylist(entrypoint, "pdtclock", rendition);
                    List<Stamped> newest = newestSegments(playlist, 4);
                    assertThat(newest).as(entrypoint + " " + rendition.id()).hasSize(4);
                    for (Stamped segment : newest) {
                        int frame = firstFrameNumber(segment.file(), segment.pdt(), captured);
                        Duration error = Duration.between(captured.get(frame), segment.pdt());
                        checked.add(entrypoint.letter() + " " + rendition.id() + " frame " + frame + ": " + error.toMillis()
                                + " ms");
                        assertThat(error.abs()).as("%s %s frame %d: PDT %s, captured %s", entrypoint, rendition.id(),
                                frame, segment.pdt(), captured.get(frame)).isLessThanOrEqualTo(Duration.ofMillis(100));
                    }
                }
            }
        } finally {
            camera.interrupt();
            for (Process encoder : encoders) {
                encoder.destroy();
                encoder.waitFor();
            }
            checked.forEach(line -> System.out.println("[pdt] " + line));
        }
    }

    private static Process encoder(String key, Entrypoint entrypoint) throws IOException {
        return new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "gray",
                "-video_size", WIDTH + "x" + HEIGHT, "-framerate", Integer.toString(FPS),
                // a camera's timestamps are its capture clock: a frame this test writes late is stamped late
                "-use_wallclock_as_timestamps", "1", "-i", "pipe:0",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", Integer.toString(2 * FPS),
                "-keyint_min", Integer.toString(2 * FPS), "-sc_threshold", "0", "-pix_fmt", "yuv420p",
                "-f", "flv", "rtmp://127.0.0.1:" + monitor.rtmpPort(entrypoint) + "/live/" + key)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Frame n: left half grey 16 + 4 (n mod 50), right half 16 + 4 (n / 50 mod 50); written at 25 fps. */
    private static void film(List<Process> encoders, Map<Integer, Instant> captured, Duration length) {
        long start = System.nanoTime();
        byte[] frame = new byte[WIDTH * HEIGHT];
        for (int n = 0; n < length.toSeconds() * FPS && !Thread.currentThread().isInterrupted(); n++) {
            byte left = (byte) (16 + 4 * (n % 50));
            byte right = (byte) (16 + 4 * ((n / 50) % 50));
            for (int y = 0; y < HEIGHT; y++) {
                java.util.Arrays.fill(frame, y * WIDTH, y * WIDTH + WIDTH / 2, left);
                java.util.Arrays.fill(frame, y * WIDTH + WIDTH / 2, (y + 1) * WIDTH, right);
            }
            long due = start + n * 1_000_000_000L / FPS;
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(due - System.nanoTime());
            }
            captured.put(n, Instant.now());
            try {
                for (Process encoder : encoders) {
                    OutputStream in = encoder.getOutputStream();
                    in.write(frame);
                    in.flush();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private record Stamped(Path file, Instant pdt) {
    }

    private static List<Stamped> newestSegments(URI playlist, int count) throws IOException, InterruptedException {
        String text;
        Path dir;
        if ("file".equals(playlist.getScheme())) {
            Path path = Path.of(playlist);
            text = Files.readString(path);
            dir = path.getParent();
        } else {
            text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(playlist).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            dir = Files.createTempDirectory("pdt");
        }
        List<Stamped> all = new ArrayList<>();
        Instant pdt = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                pdt = OffsetDateTime.parse(line.substring(25).replace("+0000", "Z")).toInstant();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                Path file = dir.resolve(line.strip());
                if (!"file".equals(playlist.getScheme())) {
                    byte[] body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(playlist.resolve(line.strip()))
                            .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                    Files.write(file, body);
                }
                all.add(new Stamped(file, pdt));
                pdt = null;
            }
        }
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    /** Decodes the segment's first frame small and grey; the frame number nearest the stamp that fits. */
    private static int firstFrameNumber(Path segment, Instant pdt, Map<Integer, Instant> captured)
            throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-i", segment.toString(),
                "-frames:v", "1", "-vf", "scale=32:18", "-pix_fmt", "gray", "-f", "rawvideo", "pipe:1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] pixels = ffmpeg.getInputStream().readAllBytes();
        ffmpeg.waitFor();
        assertThat(pixels).as("first frame of " + segment).hasSize(32 * 18);
        int low = level(pixels, 4, 12);
        int high = level(pixels, 20, 28);
        int modulo = low + 50 * high; // the frame number modulo 2500 (100 s)
        return captured.keySet().stream().filter(n -> n % 2500 == modulo)
                .min(java.util.Comparator.comparing(n -> Duration.between(captured.get(n), pdt).abs()))
                .orElseThrow(() -> new AssertionError("frame ≡ " + modulo + " was never filmed"));
    }

    private static int level(byte[] pixels, int fromColumn, int toColumn) {
        long sum = 0;
        int count = 0;
        for (int y = 4; y < 14; y++) {
            for (int x = fromColumn; x < toColumn; x++) {
                sum += pixels[y * 32 + x] & 0xFF;
                count++;
            }
        }
        return (int) Math.round((sum / (double) count - 16) / 4);
    }
}
