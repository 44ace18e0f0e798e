package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.Rendition;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What players load from an edge: master and media playlists on URLs that never change, and the
 * segments. Open to any origin (hls.js in the portal runs on another host). Registered as a bean by
 * the monitor's auto-configuration.
 */
@RestController
@RequestMapping("/edge/{contentId}/{edgeId}")
public class EdgeController {

    static final MediaType MPEGURL = MediaType.parseMediaType("application/vnd.apple.mpegurl");
    static final MediaType MP2T = MediaType.parseMediaType("video/mp2t");

    private final EdgeFleet fleet;

    public EdgeController(EdgeFleet fleet) {
        this.fleet = fleet;
    }

    @GetMapping("/master.m3u8")
    public ResponseEntity<String> master(@PathVariable String contentId, @PathVariable String edgeId) {
        if (!fleet.edgeIds(contentId).contains(edgeId)) {
            return notFound();
        }
        return playlist(fleet.masterPlaylist(contentId, edgeId));
    }

    @GetMapping("/{rendition}/index.m3u8")
    public ResponseEntity<String> media(@PathVariable String contentId, @PathVariable String edgeId,
            @PathVariable String rendition) {
        return rendition(rendition).flatMap(r -> fleet.mediaPlaylist(contentId, edgeId, r))
                .map(EdgeController::playlist).orElseGet(EdgeController::notFound);
    }

    @GetMapping("/{rendition}/{segment}")
    public ResponseEntity<byte[]> segment(@PathVariable String contentId, @PathVariable String edgeId,
            @PathVariable String rendition, @PathVariable String segment) {
        return rendition(rendition).flatMap(r -> fleet.segment(contentId, edgeId, r, segment))
                .map(body -> ResponseEntity.ok().contentType(MP2T)
                        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                        .body(body))
                .orElseGet(EdgeController::notFound);
    }

    private static Optional<Rendition> rendition(String id) {
        return Arrays.stream(Rendition.values()).filter(r -> r.id().equals(id)).findFirst();
    }

    private static ResponseEntity<String> playlist(String text) {
        return ResponseEntity.ok().contentType(MPEGURL).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(text);
    }

    private static <T> ResponseEntity<T> notFound() {
        return ResponseEntity.status(404).header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").build();
    }
}
