package com.example.backupingest.monitor.edge.origin;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.hls.SegmentFormat;
import com.example.backupingest.monitor.hls.SegmentFormats;
import com.example.backupingest.monitor.hls.TsFormatProbeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCacheTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void many_players_cost_one_origin_fetch() throws Exception {
        byte[] bytes = new byte[200_000];
        Files.write(folder.resolve("seg1.ts"), bytes);
        try (FolderOrigin origin = new FolderOrigin(folder);
                var players = Executors.newVirtualThreadPerTaskExecutor()) {
            SegmentCache cache = new SegmentCache(http, new LocalOriginFiles(), Duration.ofSeconds(2), 10_000_000);
            URI uri = origin.base().resolve("seg1.ts");
            List<Future<Optional<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(players.submit(() -> cache.get("seg1@t", uri)));
            }
            for (Future<Optional<byte[]>> answer : answers) {
                assertThat(answer.get()).hasValueSatisfying(b -> assertThat(b).hasSize(200_000));
            }
            assertThat(origin.segmentRequests).hasValue(1);
        }
    }

    @Test
    void a_segment_the_origin_no_longer_has_is_absent() throws Exception {
        try (FolderOrigin origin = new FolderOrigin(folder)) {
            SegmentCache cache = new SegmentCache(http, new LocalOriginFiles(), Duration.ofSeconds(2), 10_000_000);

            assertThat(cache.get("gone@t", origin.base().resolve("gone.ts"))).isEmpty();
            assertThat(cache.get("refused@t", URI.create("http://127.0.0.1:1/seg.ts"))).isEmpty();
        }
    }

    @Test
    void forgets_the_least_recently_used_segments_beyond_its_size() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.write(folder.resolve("seg" + i + ".ts"), new byte[400]);
        }
        try (FolderOrigin origin = new FolderOrigin(folder)) {
            SegmentCache cache = new SegmentCache(http, new LocalOriginFiles(), Duration.ofSeconds(2), 1000);
            for (int i = 0; i < 3; i++) {
                cache.get("seg" + i, origin.base().resolve("seg" + i + ".ts"));
            }
            cache.get("seg2", origin.base().resolve("seg2.ts"));
            assertThat(origin.segmentRequests).as("seg2 still cached").hasValue(3);

            cache.get("seg0", origin.base().resolve("seg0.ts"));
            assertThat(origin.segmentRequests).as("seg0 was evicted").hasValue(4);
        }
    }

    @Test
    void a_segment_fetched_from_a_remote_origin_is_probed_from_the_fetched_bytes() throws Exception {
        TsFormatProbeTest.encode(folder.resolve("seg1.ts"), "640x360", 10, List.of("-preset", "veryfast"),
                List.of("-c:a", "aac"));
        try (FolderOrigin origin = new FolderOrigin(folder)) {
            SegmentCache cache = new SegmentCache(HttpClient.newHttpClient(), new LocalOriginFiles(),
                    Duration.ofSeconds(2), 10_000_000);
            String key = origin.base().resolve("seg1.ts") + "@" + Instant.now();
            cache.size(key, origin.base().resolve("seg1.ts")).join();

            // High profile, level 2.2 at 10 fps
            assertThat(SegmentFormats.shared().get(key)).contains(new SegmentFormat(640, 360, "avc1.640016,mp4a.40.2"));
            assertThat(origin.segmentRequests).hasValue(1); // probing cost no second request
        }
    }
}
