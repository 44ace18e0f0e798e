package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import java.util.List;
import java.util.Optional;

/** Where the portal reads health from: the in-process pipeline, remote monitors, or nothing. */
interface HealthSource {

    Optional<EntrypointHealth> health(String contentId, Entrypoint entrypoint);

    /** Every entrypoint of every content the source knows. */
    List<EntrypointHealth> all();

    /** Why live health is not available, in words an operator can act on; empty when it is. */
    List<String> problems();

    /** The edges of a content as the source knows them now; empty where only events tell (remote). */
    default List<EdgeSource> edges(String contentId) {
        return List.of();
    }

    /** The entrypoint's latest thumbnail (JPEG, a few seconds old at most); empty when none is fresh. */
    default Optional<byte[]> thumbnail(String contentId, Entrypoint entrypoint) {
        return Optional.empty();
    }

    /**
     * Whether an entrypoint receives a stream the edges could switch to (an encoder publishes, segments
     * flow): from health here; sources that see publish ends at once answer from those too.
     */
    default boolean receiving(String contentId, Entrypoint entrypoint) {
        return health(contentId, entrypoint).filter(EntrypointHealth::publishing)
                .filter(h -> h.state() == HealthState.LIVE || h.state() == HealthState.DEGRADED).isPresent();
    }

    /** Drops the publisher on one entrypoint (failover drill); false when nothing was dropped. */
    boolean drill(String contentId, Entrypoint entrypoint);

    /** Whether this source can run drills at all (the in-process pipeline can; remote monitors cannot yet). */
    default boolean drillsSupported() {
        return true;
    }
}
