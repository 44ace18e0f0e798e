package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The origin playlists one poll found (absent: unreachable or missing), with where they came from. */
record OriginSnapshot(Map<Entrypoint, Map<Rendition, Fetched>> playlists) {

    record Fetched(URI uri, MediaPlaylist playlist) {
    }

    Optional<Fetched> get(Entrypoint source, Rendition rendition) {
        return Optional.ofNullable(playlists.getOrDefault(source, Map.of()).get(rendition));
    }
}
