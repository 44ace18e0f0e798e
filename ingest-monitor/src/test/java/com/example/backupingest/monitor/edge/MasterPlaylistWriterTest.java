package com.example.backupingest.monitor.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterPlaylistWriterTest {

    @TempDir
    Path folder;

    @Test
    void lists_original_480p_and_360p_with_bandwidth_and_estimated_resolutions_until_segments_were_probed() {
        String master = MasterPlaylistWriter.write(Map.of());

        assertThat(master).isEqualTo("""
                #EXTM3U
                #EXT-X-VERSION:6
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXT-X-STREAM-INF:BANDWIDTH=6000000
                original/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=1528000,RESOLUTION=854x480
                480p/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=928000,RESOLUTION=640x360
                360p/index.m3u8
                """);
    }

    @Test
    void uses_the_measured_peak_where_segments_were_fetched() {
        String master = MasterPlaylistWriter.write(Map.of(Rendition.ORIGINAL, 9_100_000L));

        assertThat(master).contains("#EXT-X-STREAM-INF:BANDWIDTH=9100000\noriginal/index.m3u8");
    }

    @Test
    void names_codecs_and_resolution_of_every_probed_variant_the_original_too() {
        Map<Rendition, SegmentFormat> probed = Map.of(
                Rendition.ORIGINAL, new SegmentFormat(1280, 720, "avc1.64001f,mp4a.40.2"),
                Rendition.P480, new SegmentFormat(640, 480, "avc1.64001e,mp4a.40.2"),
                Rendition.P360, new SegmentFormat(480, 360, null));

        String master = MasterPlaylistWriter.write(Map.of(Rendition.P480, 1_234_000L),
                r -> Optional.ofNullable(probed.get(r)));

        assertThat(master).isEqualTo("""
                #EXTM3U
                #EXT-X-VERSION:6
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXT-X-STREAM-INF:BANDWIDTH=6000000,CODECS="avc1.64001f,mp4a.40.2",RESOLUTION=1280x720
                original/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=1234000,CODECS="avc1.64001e,mp4a.40.2",RESOLUTION=640x480
                480p/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=928000,RESOLUTION=480x360
                360p/index.m3u8
                """);
    }

    /**
     * The whole path without ffprobe: real ffmpeg segments in an origin folder, each rendition's
     * timeline takes them, the segment cache measures them (as EdgeFleet does for every new segment,
     * which probes them) and the master playlist names what the segments the timelines list carry.
     */
    @Test
    void the_master_playlist_of_an_edge_names_what_its_timelines_segments_carry() throws Exception {
        Map<Rendition, String[]> encodings = Map.of(
                Rendition.ORIGINAL, new String[] {"640x360", "high"},
                Rendition.P480, new String[] {"426x240", "main"},
                Rendition.P360, new String[] {"320x180", "baseline"});
        Instant pdt = Instant.now();
        SegmentCache cache = new SegmentCache(HttpClient.newHttpClient(), new LocalOriginFiles(), Duration.ofSeconds(2),
                10_000_000);
        Map<Rendition, EdgeTimeline> timelines = new EnumMap<>(Rendition.class);
        for (Rendition rendition : Rendition.values()) {
            Path dir = Files.createDirectories(folder.resolve(rendition.id()));
            String[] encoding = encodings.get(rendition);
            TsFormatProbeTest.encode(dir.resolve("seg7.ts"), encoding[0], 10,
                    List.of("-preset", "veryfast", "-profile:v", encoding[1]), List.of("-c:a", "aac"));
            EdgeTimeline timeline = new EdgeTimeline(EdgeProperties.DEFAULTS);
            timeline.follow(Entrypoint.PRIMARY);
            URI playlist = dir.resolve("index.m3u8").toUri();
            List<EdgeSegment> taken = timeline.offer(Entrypoint.PRIMARY, new MediaPlaylist(2, 7, 0,
                    List.of(new Segment("seg7.ts", Duration.ofSeconds(2), pdt, 7, false)), false), playlist);
            assertThat(cache.size(taken.getFirst().cacheKey(), taken.getFirst().origin()).join()).isPresent();
            timelines.put(rendition, timeline);
        }

        String master = MasterPlaylistWriter.write(Map.of(), timelines);

        assertThat(master).contains("""
                #EXT-X-STREAM-INF:BANDWIDTH=6000000,CODECS="avc1.640016,mp4a.40.2",RESOLUTION=640x360
                original/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=1528000,CODECS="avc1.4d4015,mp4a.40.2",RESOLUTION=426x240
                480p/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=928000,CODECS="avc1.42c00b,mp4a.40.2",RESOLUTION=320x180
                360p/index.m3u8
                """);
        // a timeline whose segments nobody probed yet: the estimate
        assertThat(MasterPlaylistWriter.write(Map.of(), Map.of(Rendition.P480, new EdgeTimeline(EdgeProperties.DEFAULTS))))
                .isEqualTo(MasterPlaylistWriter.write(Map.of()));
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
