package com.example.backupingest.monitor.edge.origin;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One poll, fetched in parallel: every rendition of the source the edge serves, only the original of
 * the other one (enough to see its segments arrive; a third fewer requests per poll).
 */
public final class OriginPoller {

    private final OriginEndpoints origins;
    private final OriginReader reader;

    OriginPoller(OriginEndpoints origins, OriginReader reader) {
        this.origins = origins;
        this.reader = reader;
    }

    /** Playlists over {@code http}, each request given up after {@code timeout}; {@code file:} origins read directly. */
    public OriginPoller(OriginEndpoints origins, HttpClient http, Duration timeout) {
        this(origins, new OriginReader(http, timeout, new LocalOriginFiles()));
    }

    public OriginSnapshot poll(String contentId, Optional<Entrypoint> serving) {
        Map<Entrypoint, Map<Rendition, CompletableFuture<Optional<MediaPlaylist>>>> pending =
                new EnumMap<>(Entrypoint.class);
        for (Entrypoint source : Entrypoint.values()) {
            Map<Rendition, CompletableFuture<Optional<MediaPlaylist>>> byRendition = new EnumMap<>(Rendition.class);
            for (Rendition rendition : Rendition.values()) {
                if (rendition != Rendition.ORIGINAL && !serving.equals(Optional.of(source))) {
                    continue;
                }
                byRendition.put(rendition, reader.read(origins.mediaPlaylist(source, contentId, rendition)));
            }
            pending.put(source, byRendition);
        }
        Map<Entrypoint, Map<Rendition, OriginSnapshot.Fetched>> found = new EnumMap<>(Entrypoint.class);
        pending.forEach((source, byRendition) -> {
            Map<Rendition, OriginSnapshot.Fetched> fetched = new EnumMap<>(Rendition.class);
            byRendition.forEach((rendition, future) -> future.join().ifPresent(playlist -> {
                URI uri = origins.mediaPlaylist(source, contentId, rendition);
                fetched.put(rendition, new OriginSnapshot.Fetched(uri, playlist));
            }));
            found.put(source, fetched);
        });
        return new OriginSnapshot(found);
    }
}
