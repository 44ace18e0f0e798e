package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.EdgeStatus;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every edge's current source, for a portal that (re)connects mid-broadcast: the events alone only
 * tell it about switches it saw.
 */
@RestController
class EdgeStatusController {

    private final EdgeFleet fleet;

    public EdgeStatusController(EdgeFleet fleet) {
        this.fleet = fleet;
    }

    @GetMapping(MonitorPaths.EDGES)
    public List<EdgeStatus> edges() {
        return fleet.statuses();
    }
}
