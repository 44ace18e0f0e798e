package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.viewer.ViewerGate;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What players load from an edge: master and media playlists on URLs that never change during a
 * broadcast, and the segments. A player's URLs carry its viewer ticket as a path segment
 * ({@code /edge/{content}/{edge}/v/{ticket}/master.m3u8}), so the relative media and segment URLs
 * carry it too (hls.js and native HLS alike); the {@link ViewerGate} admits it (signature, the one client
 * address it is bound to, a held seat) or answers 403.
 * Ticketless URLs only where {@code monitor.viewers.require-ticket=false}. Open to any origin (the
 * player runs on the customer's website).
 */
@RestController
@RequestMapping("/edge/{contentId}/{edgeId}")
public class EdgeController {

    static final MediaType MPEGURL = MediaType.parseMediaType("application/vnd.apple.mpegurl");
    static final MediaType MP2T = MediaType.parseMediaType("video/mp2t");

    private final EdgeFleet fleet;
    private final ViewerGate gate;

    public EdgeController(EdgeFleet fleet, ViewerGate gate) {
        this.fleet = fleet;
        this.gate = gate;
    }

    @GetMapping("/v/{ticket}/master.m3u8")
    public ResponseEntity<String> master(@PathVariable String contentId, @PathVariable String edgeId,
            @PathVariable String ticket, HttpServletRequest request) {
        if (!fleet.edgeIds(contentId).contains(edgeId)) {
            return notFound();
        }
        return admitPlaylist(ticket, contentId, edgeId, request) ? playlist(fleet.masterPlaylist(contentId, edgeId))
                : forbidden();
    }

    @GetMapping("/v/{ticket}/{rendition}/index.m3u8")
    public ResponseEntity<String> media(@PathVariable String contentId, @PathVariable String edgeId,
            @PathVariable String ticket, @PathVariable String rendition, HttpServletRequest request) {
        if (!fleet.edgeIds(contentId).contains(edgeId)) {
            return notFound();
        }
        return admitPlaylist(ticket, contentId, edgeId, request) ? servedMedia(contentId, edgeId, rendition)
                : forbidden();
    }

    @GetMapping("/v/{ticket}/{rendition}/{segment}")
    public ResponseEntity<byte[]> segment(@PathVariable String contentId, @PathVariable String edgeId,
            @PathVariable String ticket, @PathVariable String rendition, @PathVariable String segment,
            HttpServletRequest request) {
        return gate.admitSegment(ticket, contentId, edgeId, request.getRemoteAddr())
                ? servedSegment(contentId, edgeId, rendition, segment) : forbidden();
    }

    @GetMapping("/master.m3u8")
    public ResponseEntity<String> master(@PathVariable String contentId, @PathVariable String edgeId) {
        if (gate.requireTicket()) {
            return forbidden();
        }
        if (!fleet.edgeIds(contentId).contains(edgeId)) {
            return notFound();
        }
        return playlist(fleet.masterPlaylist(contentId, edgeId));
    }

    @GetMapping("/{rendition}/index.m3u8")
    public ResponseEntity<String> media(@PathVariable String contentId, @PathVariable String edgeId,
            @PathVariable String rendition) {
        return gate.requireTicket() ? forbidden() : servedMedia(contentId, edgeId, rendition);
    }

    @GetMapping("/{rendition}/{segment}")
    public ResponseEntity<byte[]> segment(@PathVariable String contentId, @PathVariable String edgeId,
            @PathVariable String rendition, @PathVariable String segment) {
        return gate.requireTicket() ? forbidden() : servedSegment(contentId, edgeId, rendition, segment);
    }

    /** The client is the request's remote address: behind the nginx front or a trusted proxy, the one it forwarded. */
    private boolean admitPlaylist(String ticket, String contentId, String edgeId, HttpServletRequest request) {
        OptionalLong account = fleet.accountId(contentId);
        return account.isPresent()
                && gate.admitPlaylist(ticket, contentId, edgeId, account.getAsLong(), request.getRemoteAddr());
    }

    private ResponseEntity<String> servedMedia(String contentId, String edgeId, String rendition) {
        return rendition(rendition).flatMap(r -> fleet.mediaPlaylist(contentId, edgeId, r))
                .map(EdgeController::playlist).orElseGet(EdgeController::notFound);
    }

    private ResponseEntity<byte[]> servedSegment(String contentId, String edgeId, String rendition, String segment) {
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

    /** No ticket, a ticket for another edge, or a viewer that has left: the player asks for a new one. */
    private static <T> ResponseEntity<T> forbidden() {
        return ResponseEntity.status(403).header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .cacheControl(CacheControl.noStore()).build();
    }
}
