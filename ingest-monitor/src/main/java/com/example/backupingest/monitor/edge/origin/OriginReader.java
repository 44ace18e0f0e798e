package com.example.backupingest.monitor.edge.origin;

import com.example.backupingest.monitor.hls.PlaylistParser;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches origin media playlists, over HTTP or, for a {@code file:} origin, from the local folder;
 * an unreachable origin or a broken playlist reads as absent.
 */
final class OriginReader {

    private final HttpClient http;
    private final Duration timeout;
    private final LocalOriginFiles files;

    OriginReader(HttpClient http, Duration timeout, LocalOriginFiles files) {
        this.http = http;
        this.timeout = timeout;
        this.files = files;
    }

    CompletableFuture<Optional<MediaPlaylist>> read(URI playlist) {
        if ("file".equals(playlist.getScheme())) {
            return CompletableFuture.completedFuture(files.playlist(Path.of(playlist)));
        }
        HttpRequest request = HttpRequest.newBuilder(playlist).timeout(timeout).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> response.statusCode() == 200
                        ? Optional.of(PlaylistParser.parse(response.body()))
                        : Optional.<MediaPlaylist>empty())
                .exceptionally(failure -> Optional.empty());
    }
}
