package com.example.backupingest.monitor.http;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.MonitorHealthView;
import com.example.backupingest.monitor.api.PipelineAvailability;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthIssues;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import com.example.backupingest.monitor.api.Mismatch;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Current health of every entrypoint of every content the monitor has seen. */
@RestController
@RequestMapping(MonitorPaths.API)
public class HealthController {

    private final MonitorHealthView pipeline;

    public HealthController(MonitorHealthView pipeline) {
        this.pipeline = pipeline;
    }

    @GetMapping("/health")
    public List<EntrypointHealth> health() {
        return pipeline.all();
    }

    @GetMapping("/mismatches/{contentId}")
    public List<Mismatch> mismatches(@PathVariable String contentId) {
        return pipeline.mismatches(contentId);
    }

    /** Each entrypoint's issues and those between A and B (a programme fault both show is one INFO). */
    @GetMapping("/issues/{contentId}")
    public HealthIssues.View issues(@PathVariable String contentId) {
        return pipeline.issues(contentId);
    }

    /** The entrypoint's thumbnail as JPEG; 404 when none is fresh (no encoder, transcoder stopped). */
    @GetMapping("/thumbnails/{contentId}/{entrypoint}")
    public ResponseEntity<byte[]> thumbnail(@PathVariable String contentId, @PathVariable String entrypoint) {
        Entrypoint which = switch (entrypoint) {
            case "A", "PRIMARY" -> Entrypoint.PRIMARY;
            case "B", "BACKUP" -> Entrypoint.BACKUP;
            default -> null;
        };
        if (which == null) {
            return ResponseEntity.notFound().build();
        }
        return pipeline.thumbnail(contentId, which)
                .map(jpeg -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore()).body(jpeg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/availability")
    public PipelineAvailability availability() {
        return pipeline.availability();
    }
}
