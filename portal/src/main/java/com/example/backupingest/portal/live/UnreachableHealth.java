package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import java.util.Map;

/**
 * What the portal shows for an entrypoint whose monitor it cannot reach any more (its host died or
 * the network between them broke): not the last report, which would show a dead host as LIVE
 * forever, but DOWN if it was receiving (IDLE if not), with the reason in words.
 */
final class UnreachableHealth {

    static final String REASON = "The monitor of this entrypoint is not reachable";

    private UnreachableHealth() {
    }

    static EntrypointHealth of(EntrypointHealth last) {
        boolean wasOn = last.publishing() || last.state() != HealthState.IDLE;
        return new EntrypointHealth(last.contentId(), last.entrypoint(), wasOn ? HealthState.DOWN : HealthState.IDLE,
                REASON, false, null, null, null, null, null, null, null, null, false, null, Map.of(), null, null);
    }
}
