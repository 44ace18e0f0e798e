package com.example.backupingest.monitor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Whoever can read the ingest host's process list or its nginx statistics learns no stream key (real
 * nginx-rtmp, ffmpeg transcoders and encoders): on_publish renames each stream to its content id, so
 * /stat, every command line (/proc/&lt;pid&gt;/cmdline of all processes) and the HLS folders name contents,
 * not keys, while health statistics, drills and a killed transcoder's restart keep working by that name.
 * The test's own encoders are the customers' machines and are left out of the process scan.
 */
@Tag("media")
class StreamKeysOnTheHostTest {

    private static final String KEY_A = "HostSecrecyPrimaryKey_7Qx";
    private static final String KEY_B = "HostSecrecyBackupKey_9Wv";
    private static final String CONTENT = "secrecy";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void neither_stat_nor_any_command_line_nor_a_folder_name_shows_a_key_and_the_stream_still_works_by_its_name()
            throws Exception {
        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        try (RunningMonitor monitor = new RunningMonitor(Map.of(KEY_A, "3:" + CONTENT + ":A:1",
                KEY_B, "3:" + CONTENT + ":B:1"));
                TestEncoder a = TestEncoder.publish(monitor.rtmpPort(Entrypoint.PRIMARY), KEY_A);
                TestEncoder b = TestEncoder.publish(monitor.rtmpPort(Entrypoint.BACKUP), KEY_B)) {
            monitor.pipeline().bus().subscribe(events::add);
            // health reads nginx's /stat by stream name: the encoder's picture size shows it found the stream;
            // LIVE: the transcoder reads it by that name and writes segments
            for (Entrypoint e : Entrypoint.values()) {
                await().atMost(Duration.ofSeconds(40)).until(() -> monitor.pipeline().health(CONTENT, e)
                        .filter(h -> h.state() == HealthState.LIVE && h.width() != null && h.width() == 320
                                && h.inputBitrateKbps() != null).isPresent());
            }
            Set<Long> customers = Stream.of(a, b).flatMap(encoder -> Stream.concat(Stream.of(encoder.process().toHandle()),
                    encoder.process().descendants())).map(ProcessHandle::pid).collect(Collectors.toSet());

            for (Entrypoint e : Entrypoint.values()) {
                String stat = get(monitor.runtime().settings(e).originHttpPort(), "/stat");
                assertThat(stat).as("/stat of " + e).contains("<name>" + CONTENT + "</name>", "<publishing/>")
                        .doesNotContain(KEY_A, KEY_B);
            }
            List<String> commandLines = commandLinesExcept(customers);
            assertThat(commandLines).as("command lines of this host's processes").isNotEmpty()
                    .anyMatch(line -> line.contains("ffmpeg") && line.contains("/live/" + CONTENT))
                    .noneMatch(line -> line.contains(KEY_A) || line.contains(KEY_B));
            assertThat(filesUnder(monitor.runtime().settings(Entrypoint.PRIMARY).workDir().getParent()))
                    .as("paths in the work folder").anyMatch(p -> p.contains("/" + CONTENT + "/480p/"))
                    .noneMatch(p -> p.contains(KEY_A) || p.contains(KEY_B));
            for (Entrypoint e : Entrypoint.values()) {
                assertThat(Files.readString(monitor.runtime().settings(e).errorLog())).as("nginx error log of " + e)
                        .doesNotContain(KEY_A, KEY_B);
            }

            // a transcoder killed hard comes back and reads the stream by its name again
            TranscoderManager transcoders = monitor.bean(TranscoderManager.class);
            long killed = transcoders.pid(Entrypoint.BACKUP, CONTENT).orElseThrow();
            String before = newestSegment(monitor, Entrypoint.BACKUP);
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(() -> transcoders.pid(Entrypoint.BACKUP, CONTENT)
                    .filter(pid -> pid != killed).isPresent() && !newestSegment(monitor, Entrypoint.BACKUP).equals(before));

            // the drill drops the publisher through nginx's control API by that name
            assertThat(monitor.pipeline().drill(CONTENT, Entrypoint.PRIMARY)).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> events.stream().anyMatch(
                    ev -> ev instanceof PublishEnded ended && ended.entrypoint() == Entrypoint.PRIMARY));
            assertThat(monitor.pipeline().health(CONTENT, Entrypoint.BACKUP)).map(EntrypointHealth::publishing)
                    .contains(true);
        }
    }

    /** The last segment the origin's 480p playlist lists ("" before the first). */
    private String newestSegment(RunningMonitor monitor, Entrypoint e) throws Exception {
        String playlist = get(monitor.runtime().settings(e).originHttpPort(), "/hls/" + CONTENT + "/480p/index.m3u8");
        return playlist.lines().filter(l -> l.startsWith("seg_")).reduce((x, y) -> y).orElse("");
    }

    /** Every process of this machine but the given ones, as its /proc/&lt;pid&gt;/cmdline says (NULs as spaces). */
    private static List<String> commandLinesExcept(Set<Long> left) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            for (Path dir : proc.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (left.contains(Long.parseLong(dir.getFileName().toString()))) {
                    continue;
                }
                try {
                    lines.add(new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' '));
                } catch (IOException gone) {
                    // the process ended while we looked
                }
            }
        }
        return lines;
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(Path::toString).toList();
        }
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
