package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.edge.origin.SegmentCache;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.hls.MasterPlaylistWriter;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import com.example.backupingest.monitor.hls.Segment;
import com.example.backupingest.monitor.hls.TsFormatProbeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeMasterPlaylistTest {

    @TempDir
    Path folder;

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
        SegmentCache cache = new SegmentCache(HttpClient.newHttpClient(), Duration.ofSeconds(2),
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

        String master = EdgeMasterPlaylist.write(Map.of(), timelines);

        assertThat(master).contains("""
                #EXT-X-STREAM-INF:BANDWIDTH=6000000,CODECS="avc1.640016,mp4a.40.2",RESOLUTION=640x360
                original/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=1528000,CODECS="avc1.4d4015,mp4a.40.2",RESOLUTION=426x240
                480p/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=928000,CODECS="avc1.42c00b,mp4a.40.2",RESOLUTION=320x180
                360p/index.m3u8
                """);
        // a timeline whose segments nobody probed yet: the estimate
        assertThat(EdgeMasterPlaylist.write(Map.of(), Map.of(Rendition.P480, new EdgeTimeline(EdgeProperties.DEFAULTS))))
                .isEqualTo(MasterPlaylistWriter.write(Map.of()));
    }
}
