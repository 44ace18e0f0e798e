package com.example.backupingest.portal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LivePropertiesTest {

    @Test
    void the_preview_reads_the_portals_own_edges_unless_an_edge_url_is_set() {
        assertThat(properties(null).previewPlaylist("c1")).isEqualTo("/edge/c1/edge-1/master.m3u8");
        assertThat(properties(URI.create("http://edge.example:8090")).previewPlaylist("c1"))
                .isEqualTo("http://edge.example:8090/edge/c1/edge-1/master.m3u8");
        assertThat(properties(URI.create("https://cdn.example/live/")).previewPlaylist("c1"))
                .isEqualTo("https://cdn.example/live/edge/c1/edge-1/master.m3u8");
    }

    @Test
    void a_preview_ticket_becomes_the_path_segment_the_edges_require() {
        assertThat(properties(URI.create("http://edge.example:8090")).previewPlaylist("c1", "abc~def"))
                .isEqualTo("http://edge.example:8090/edge/c1/edge-1/v/abc~def/master.m3u8");
    }

    private static LiveProperties properties(URI edgeUrl) {
        return new LiveProperties(List.of(), Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(2),
                Duration.ofSeconds(2), false, "640x360", 15, "ffmpeg", edgeUrl);
    }
}
