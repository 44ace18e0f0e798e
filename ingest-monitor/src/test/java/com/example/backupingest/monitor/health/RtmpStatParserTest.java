package com.example.backupingest.monitor.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtmpStatParserTest {

    private final RtmpStatParser parser = new RtmpStatParser();

    /** Captured from nginx 1.22.1 / nginx-rtmp 1.1.4 with an ffmpeg 640x360 test pattern publishing. */
    private static String sample() throws IOException {
        try (InputStream in = RtmpStatParserTest.class.getResourceAsStream("/health/nginx-rtmp-stat.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void publishing_stream_is_read_with_its_video_and_audio_metadata() throws IOException {
        List<RtmpStreamStat> streams = parser.parse(sample());

        assertThat(streams).containsExactly(new RtmpStreamStat("live", "secretkey123", true, Duration.ofMillis(3708),
                0, 640, 360, 25.0, "H264", "Baseline", "AAC", "LC", 0, 0, 1, 44100, 3703L));
    }

    @Test
    void server_without_streams_reports_none() {
        assertThat(parser.parse("<rtmp><server><application><name>live</name><live><nclients>0</nclients></live>"
                + "</application></server></rtmp>")).isEmpty();
    }

    @Test
    void stream_without_metadata_yet_has_unknown_values() {
        List<RtmpStreamStat> streams = parser.parse("<rtmp><server><application><name>live</name><live><stream>"
                + "<name>k</name><time>10</time><bw_in>800</bw_in></stream></live></application></server></rtmp>");
        assertThat(streams).singleElement().satisfies(s -> {
            assertThat(s.publishing()).isFalse();
            assertThat(s.width()).isNull();
            assertThat(s.audioCodec()).isNull();
            assertThat(s.bwIn()).isEqualTo(800);
        });
    }

    @Test
    void stream_keys_stay_out_of_the_string_form() throws IOException {
        assertThat(parser.parse(sample()).getFirst().toString()).doesNotContain("secretkey123");
    }

    @Test
    void garbage_is_rejected() {
        assertThatThrownBy(() -> parser.parse("<html>")).isInstanceOf(IllegalArgumentException.class);
    }
}
