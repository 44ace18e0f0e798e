package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorEventClient;
import com.example.backupingest.monitor.api.FollowStatus;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.EntrypointHealth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The edge's own monitor API: which monitors it follows (for operators and tests), and an empty
 * entrypoint health list, so a portal that follows the edge for its failover events
 * ({@code portal.live.remote-monitors}) can poll it like an ingest host.
 */
@RestController
class FollowController {

    private final List<MonitorEventClient> streams;

    public FollowController(List<MonitorEventClient> streams) {
        this.streams = List.copyOf(streams);
    }

    @GetMapping(MonitorPaths.FOLLOW)
    public List<FollowStatus> follow() {
        return streams.stream().map(MonitorEventClient::status).toList();
    }

    /** An edge runs no entrypoint. */
    @GetMapping(MonitorPaths.HEALTH)
    public List<EntrypointHealth> health() {
        return List.of();
    }
}
