package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.Entrypoint;
import java.util.Arrays;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * nginx-rtmp's notify callbacks (form POST with {@code name} = stream key, {@code addr}, {@code app},
 * {@code call}). A 2xx answer admits the publisher, 403 makes nginx drop it.
 */
@RestController
@RequestMapping("/monitor/rtmp/{letter}")
public class RtmpCallbackController {

    private final PublishSessions sessions;

    public RtmpCallbackController(PublishSessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/on_publish")
    public ResponseEntity<Void> onPublish(@PathVariable String letter, @RequestParam String name,
            @RequestParam(defaultValue = "unknown") String addr, @RequestParam(defaultValue = "") String app) {
        Entrypoint entrypoint = byLetter(letter);
        boolean allowed = !"".equals(name) && "live".equals(app) && sessions.publish(entrypoint, name, addr);
        // nginx-rtmp reads the answer until the connection closes; keep-alive would stall the publish
        return (allowed ? ResponseEntity.noContent() : ResponseEntity.status(403)).header("Connection", "close").build();
    }

    @PostMapping("/on_publish_done")
    public ResponseEntity<Void> onPublishDone(@PathVariable String letter, @RequestParam String name) {
        sessions.publishDone(byLetter(letter), name, "publisher disconnected");
        return ResponseEntity.noContent().header("Connection", "close").build();
    }

    private static Entrypoint byLetter(String letter) {
        return Arrays.stream(Entrypoint.values()).filter(e -> e.letter().equalsIgnoreCase(letter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entrypoint " + letter));
    }
}
