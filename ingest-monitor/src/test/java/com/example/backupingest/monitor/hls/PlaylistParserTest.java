package com.example.backupingest.monitor.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaylistParserTest {

    /** Written by ffmpeg 7 with -hls_time 2 -hls_flags program_date_time+independent_segments+delete_segments. */
    static final String FFMPEG = """
            #EXTM3U
            #EXT-X-VERSION:6
            #EXT-X-TARGETDURATION:2
            #EXT-X-MEDIA-SEQUENCE:3
            #EXT-X-INDEPENDENT-SEGMENTS
            #EXTINF:2.000000,
            #EXT-X-PROGRAM-DATE-TIME:2026-11-24T08:54:22.053+0000
            seg3.ts
            #EXTINF:0.933333,
            #EXT-X-PROGRAM-DATE-TIME:2026-11-24T08:54:24.053+0000
            seg4.ts
            #EXT-X-ENDLIST
            """;

    @Test
    void reads_an_ffmpeg_playlist_with_pdt_after_extinf() {
        MediaPlaylist playlist = PlaylistParser.parse(FFMPEG);

        assertThat(playlist.targetDuration()).isEqualTo(2);
        assertThat(playlist.mediaSequence()).isEqualTo(3);
        assertThat(playlist.ended()).isTrue();
        assertThat(playlist.segments()).containsExactly(
                new Segment("seg3.ts", Duration.ofSeconds(2), Instant.parse("2026-11-24T08:54:22.053Z"), 3, false),
                new Segment("seg4.ts", Duration.ofNanos(933_333_000), Instant.parse("2026-11-24T08:54:24.053Z"), 4,
                        false));
    }

    @Test
    void reads_rfc_style_pdt_discontinuities_and_crlf() {
        MediaPlaylist playlist = PlaylistParser.parse("#EXTM3U\r\n#EXT-X-TARGETDURATION:6\r\n"
                + "#EXT-X-MEDIA-SEQUENCE:10\r\n#EXT-X-DISCONTINUITY-SEQUENCE:2\r\n"
                + "#EXT-X-DISCONTINUITY\r\n#EXT-X-PROGRAM-DATE-TIME:2010-02-19T14:54:23.031+08:00\r\n"
                + "#EXTINF:5.005,\r\nhttp://media.example.com/first.ts\r\n"
                + "#EXT-X-PROGRAM-DATE-TIME:2010-02-19T06:54:28.036Z\r\n#EXTINF:5,title\r\nsecond.ts\r\n");

        assertThat(playlist.discontinuitySequence()).isEqualTo(2);
        assertThat(playlist.ended()).isFalse();
        assertThat(playlist.segments()).extracting(Segment::discontinuity).containsExactly(true, false);
        assertThat(playlist.segments()).extracting(Segment::programDateTime).containsExactly(
                Instant.parse("2010-02-19T06:54:23.031Z"), Instant.parse("2010-02-19T06:54:28.036Z"));
        assertThat(playlist.segments().getFirst().duration()).isEqualTo(Duration.ofMillis(5005));
        assertThat(playlist.segments()).extracting(Segment::sequence).containsExactly(10L, 11L);
    }

    @Test
    void refuses_what_is_not_a_playlist() {
        assertThatThrownBy(() -> PlaylistParser.parse("<html>502 Bad Gateway</html>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writer_output_reads_back_the_same() {
        MediaPlaylist written = new MediaPlaylist(2, 41, 3, java.util.List.of(
                new Segment("seg-41.ts", Duration.ofMillis(2000), Instant.parse("2026-11-24T09:00:00.000Z"), 41, false),
                new Segment("seg-42.ts", Duration.ofMillis(1933), Instant.parse("2026-11-24T09:00:01.500Z"), 42, true)),
                false);

        String text = PlaylistWriter.write(written);

        assertThat(PlaylistParser.parse(text)).isEqualTo(written);
        assertThat(text).contains("#EXT-X-MEDIA-SEQUENCE:41\n#EXT-X-DISCONTINUITY-SEQUENCE:3\n")
                .contains("#EXT-X-DISCONTINUITY\n#EXT-X-PROGRAM-DATE-TIME:2026-11-24T09:00:01.500Z\n"
                        + "#EXTINF:1.933000,\nseg-42.ts\n");
    }
}
