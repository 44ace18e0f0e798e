package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import java.util.Map;

/**
 * What the monitor's health rules will say at their next poll (up to a second later) once a
 * publisher is gone: DOWN while the other entrypoint still receives, else IDLE. The page shows it
 * at once; the monitor's own HealthChanged follows and confirms or corrects it.
 */
public final class PublishEndedHealth {

    static final String DOWN_REASON = "No encoder publishes here while the other entrypoint receives the stream";
    static final String IDLE_REASON = "No encoder publishes";

    private PublishEndedHealth() {
    }

    /**
     * Whether a monitor snapshot taken after {@code ended} still shows the old publish (its poll has
     * not seen the end yet): then the derived state stays on the page instead of flickering back.
     */
    public static boolean stale(EntrypointHealth reported, PublishEnded ended) {
        return reported.publishing() && reported.publishingSince() != null
                && !reported.publishingSince().isAfter(ended.at());
    }

    /** A publisher dropped for a revoked key says why, as the monitor's health will. */
    public static EntrypointHealth of(PublishEnded ended, LiveSnapshot before) {
        Entrypoint other = ended.entrypoint().other();
        boolean otherPublishing = before.health(other).filter(EntrypointHealth::publishing).isPresent();
        String reason = RevocationReason.ofEndReason(ended.reason()).map(RevocationReason::healthReason)
                .orElse(otherPublishing ? DOWN_REASON : IDLE_REASON);
        return new EntrypointHealth(ended.contentId(), ended.entrypoint(),
                otherPublishing ? HealthState.DOWN : HealthState.IDLE, reason,
                false, null, null, null, null, null, null, null, null, false, null, Map.of(), null, null);
    }
}
