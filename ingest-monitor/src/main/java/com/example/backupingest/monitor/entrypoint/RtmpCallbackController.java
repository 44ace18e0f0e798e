package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * nginx-rtmp's notify callbacks (form POST with {@code name} = stream key, {@code addr}, {@code app},
 * {@code call}), accepted from this machine only ({@link RtmpCallbackGuard}). An admitted publisher
 * gets a redirect whose {@code Location} is the new stream name (ngx_rtmp_notify_module renames the
 * stream when it is no rtmp:// URL): inside nginx the stream is called by its content id, so /stat,
 * the control API and the transcoder never see the key. 403 makes nginx drop the publisher.
 */
@RestController
@RequestMapping(MonitorPaths.RTMP_CALLBACKS + "/{letter}")
public class RtmpCallbackController {

    private final PublishSessions sessions;

    public RtmpCallbackController(PublishSessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/on_publish")
    public ResponseEntity<Void> onPublish(@PathVariable String letter, @RequestParam String name,
            @RequestParam(defaultValue = "unknown") String addr, @RequestParam(defaultValue = "") String app) {
        return publish(letter, IngestProtocol.RTMP, name, addr, app);
    }

    /** The RTMPS and SRT servers' callbacks: the path names the protocol (nginx.conf has one server each). */
    @PostMapping("/{via:rtmps|srt}/on_publish")
    public ResponseEntity<Void> onSecurePublish(@PathVariable String letter, @PathVariable String via,
            @RequestParam String name, @RequestParam(defaultValue = "unknown") String addr,
            @RequestParam(defaultValue = "") String app) {
        return publish(letter, protocol(via), name, addr, app);
    }

    @PostMapping("/{via:rtmps|srt}/on_publish_done")
    public ResponseEntity<Void> onSecurePublishDone(@PathVariable String letter, @PathVariable String via,
            @RequestParam String name) {
        return onPublishDone(letter, name);
    }

    private ResponseEntity<Void> publish(String letter, IngestProtocol protocol, String name, String addr,
            String app) {
        Entrypoint entrypoint = byLetter(letter);
        Optional<ActivePublish> publish = !"".equals(name) && "live".equals(app)
                ? sessions.publish(entrypoint, protocol, name, addr) : Optional.empty();
        // nginx-rtmp reads the answer until the connection closes; keep-alive would stall the publish
        return publish.map(p -> ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, p.streamName()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.FORBIDDEN))
                .header(HttpHeaders.CONNECTION, "close").build();
    }

    /** {@code name} is the key the encoder sent (nginx-rtmp reports the name from before the rename). */
    @PostMapping("/on_publish_done")
    public ResponseEntity<Void> onPublishDone(@PathVariable String letter, @RequestParam String name) {
        sessions.publishDone(byLetter(letter), name, "publisher disconnected");
        return ResponseEntity.noContent().header(HttpHeaders.CONNECTION, "close").build();
    }

    private static IngestProtocol protocol(String via) {
        return IngestProtocol.valueOf(via.toUpperCase(java.util.Locale.ROOT));
    }

    private static Entrypoint byLetter(String letter) {
        return Arrays.stream(Entrypoint.values()).filter(e -> e.letter().equalsIgnoreCase(letter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entrypoint " + letter));
    }
}
