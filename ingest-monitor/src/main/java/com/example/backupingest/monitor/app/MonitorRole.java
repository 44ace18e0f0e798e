package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.Entrypoint;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one monitor process is ({@code monitor.role}): {@code all} runs both entrypoints (embedded in
 * the portal, one host); {@code ingest-a}/{@code ingest-b} one entrypoint each, as on two separate
 * ingest servers; {@code edge} no media processes at all, only edges fed by remote monitors.
 */
public enum MonitorRole {
    ALL(EnumSet.allOf(Entrypoint.class)),
    INGEST_A(EnumSet.of(Entrypoint.PRIMARY)),
    INGEST_B(EnumSet.of(Entrypoint.BACKUP)),
    EDGE(EnumSet.noneOf(Entrypoint.class));

    private final Set<Entrypoint> entrypoints;

    MonitorRole(Set<Entrypoint> entrypoints) {
        this.entrypoints = Set.copyOf(entrypoints);
    }

    /** The entrypoints whose nginx and transcoders this process runs. */
    public Set<Entrypoint> entrypoints() {
        return entrypoints;
    }
}
