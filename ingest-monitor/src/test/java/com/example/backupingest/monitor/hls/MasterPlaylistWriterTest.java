package com.example.backupingest.monitor.hls;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Rendition;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterPlaylistWriterTest {

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
    void a_withheld_rendition_is_not_offered_and_if_all_were_withheld_all_are_listed() {
        String withoutOriginal = MasterPlaylistWriter.write(Map.of(), r -> java.util.Optional.empty(),
                r -> r == Rendition.ORIGINAL);
        String none = MasterPlaylistWriter.write(Map.of(), r -> java.util.Optional.empty(), r -> true);

        assertThat(withoutOriginal).doesNotContain("original/").contains("480p/index.m3u8", "360p/index.m3u8");
        assertThat(none).contains("original/index.m3u8", "480p/index.m3u8", "360p/index.m3u8");
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
}
