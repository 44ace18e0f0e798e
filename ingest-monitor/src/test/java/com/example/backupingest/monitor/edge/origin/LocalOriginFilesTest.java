package com.example.backupingest.monitor.edge.origin;

import com.example.backupingest.monitor.hls.MediaPlaylist;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.Rendition;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edges on the ingest host read the HLS folder the transcoder writes, as nginx would serve it. */
class LocalOriginFilesTest {

    private static final String PLAYLIST = """
            #EXTM3U
            #EXT-X-VERSION:3
            #EXT-X-TARGETDURATION:2
            #EXT-X-MEDIA-SEQUENCE:%d
            #EXT-X-PROGRAM-DATE-TIME:2026-11-24T09:00:00.000+0000
            #EXTINF:2.000000,
            index%d.ts
            """;

    @TempDir
    Path hls;

    private final LocalOriginFiles files = new LocalOriginFiles();

    @Test
    void a_file_origin_resolves_playlists_and_segments_inside_the_hls_folder() {
        OriginEndpoints origins = new OriginEndpoints(OriginEndpoints.folder(hls.resolve("A/hls")),
                URI.create("http://127.0.0.1:8182"));

        URI local = origins.mediaPlaylist(Entrypoint.PRIMARY, "c1", Rendition.P480);
        URI remote = origins.mediaPlaylist(Entrypoint.BACKUP, "c1", Rendition.P480);

        assertThat(Path.of(local)).isEqualTo(hls.resolve("A/hls/c1/480p/index.m3u8").toAbsolutePath());
        assertThat(Path.of(local.resolve("index7.ts"))).isEqualTo(hls.resolve("A/hls/c1/480p/index7.ts").toAbsolutePath());
        assertThat(remote).hasToString("http://127.0.0.1:8182/hls/c1/480p/index.m3u8");
    }

    @Test
    void parses_a_playlist_again_only_after_the_transcoder_replaced_it() throws Exception {
        Path playlist = hls.resolve("index.m3u8");
        write(playlist, 7, Instant.parse("2026-11-24T09:00:00Z"));

        MediaPlaylist first = files.playlist(playlist).orElseThrow();
        assertThat(files.playlist(playlist)).containsSame(first);

        write(playlist, 8, Instant.parse("2026-11-24T09:00:02Z")); // ffmpeg writes a temp file and renames it
        assertThat(files.playlist(playlist)).hasValueSatisfying(p -> assertThat(p.mediaSequence()).isEqualTo(8));
    }

    @Test
    void a_missing_playlist_or_segment_reads_as_absent() {
        assertThat(files.playlist(hls.resolve("none/index.m3u8"))).isEmpty();
        assertThat(files.segment(hls.resolve("none/index1.ts"))).isEmpty();
    }

    @Test
    void the_segment_cache_reads_segments_of_a_file_origin_from_disk() throws Exception {
        Files.write(hls.resolve("index3.ts"), new byte[1234]);
        SegmentCache cache = new SegmentCache(HttpClient.newHttpClient(), files, Duration.ofSeconds(1), 10_000);

        assertThat(cache.size("index3@t", hls.resolve("index3.ts").toUri()).join()).hasValue(1234L);
        assertThat(cache.get("index3@t", hls.resolve("index3.ts").toUri()))
                .hasValueSatisfying(b -> assertThat(b).hasSize(1234));
        assertThat(cache.size("gone@t", hls.resolve("gone.ts").toUri()).join()).isEmpty();
    }

    private static void write(Path playlist, int sequence, Instant modified) throws Exception {
        Path temp = playlist.resolveSibling("index.m3u8.tmp");
        Files.writeString(temp, PLAYLIST.formatted(sequence, sequence));
        Files.setLastModifiedTime(temp, FileTime.from(modified));
        Files.move(temp, playlist, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
