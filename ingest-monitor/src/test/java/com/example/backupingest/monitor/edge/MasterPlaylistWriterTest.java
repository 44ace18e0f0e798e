package com.example.backupingest.monitor.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.Rendition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterPlaylistWriterTest {

    @Test
    void lists_original_480p_and_360p_with_bandwidth_and_known_resolutions() {
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
}
