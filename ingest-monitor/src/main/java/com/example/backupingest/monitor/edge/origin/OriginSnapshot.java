package com.example.backupingest.monitor.edge.origin;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The origin playlists one poll found (absent: unreachable or missing), with where they came from. */
public record OriginSnapshot(Map<Entrypoint, Map<Rendition, Fetched>> playlists) {

    public record Fetched(URI uri, MediaPlaylist playlist) {
    }

    public Optional<Fetched> get(Entrypoint source, Rendition rendition) {
        return Optional.ofNullable(playlists.getOrDefault(source, Map.of()).get(rendition));
    }
}
