package com.example.backupingest.monitor.edge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Fetches origin media playlists; an unreachable origin or a broken playlist reads as absent. */
final class OriginReader {

    private final HttpClient http;
    private final Duration timeout;

    OriginReader(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    CompletableFuture<Optional<MediaPlaylist>> read(URI playlist) {
        HttpRequest request = HttpRequest.newBuilder(playlist).timeout(timeout).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> response.statusCode() == 200
                        ? Optional.of(PlaylistParser.parse(response.body()))
                        : Optional.<MediaPlaylist>empty())
                .exceptionally(failure -> Optional.empty());
    }
}
