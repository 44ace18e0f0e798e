package com.example.backupingest.monitor.api;

import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.app.PipelineAvailability;
import com.example.backupingest.monitor.health.EntrypointHealth;
import com.example.backupingest.monitor.health.Mismatch;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Current health of every entrypoint of every content the monitor has seen. */
@RestController
@RequestMapping("/monitor/api")
public class HealthController {

    private final IngestPipeline pipeline;

    public HealthController(IngestPipeline pipeline) {
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

    @GetMapping("/availability")
    public PipelineAvailability availability() {
        return pipeline.availability();
    }
}
