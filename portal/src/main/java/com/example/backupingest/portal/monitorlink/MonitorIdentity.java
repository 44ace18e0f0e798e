package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.portal.monitorlink.MonitorLinkProperties.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who a bearer secret belongs to, as the monitor endpoints see it (the request's principal): its
 * configured name, its role and, for an edge host, its host index.
 */
record MonitorIdentity(String name, Role role, int hostIndex) {

    /** The only entrypoint whose keys this monitor may ask about; null: none (an edge host). */
    @Nullable Entrypoint entrypoint() {
        return switch (role) {
            case INGEST_A -> Entrypoint.PRIMARY;
            case INGEST_B -> Entrypoint.BACKUP;
            case EDGE -> null;
        };
    }

    boolean ingestHost() {
        return role != Role.EDGE;
    }

    @Override
    public String toString() {
        return name + " (" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (role == Role.EDGE ? " " + hostIndex : "") + ")";
    }
}
