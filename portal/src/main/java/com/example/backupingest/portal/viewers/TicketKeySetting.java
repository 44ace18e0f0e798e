package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.TicketKeys;
import com.example.backupingest.monitor.api.viewer.TicketVerifierSetting;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/** The ticket issuer from {@code portal.viewers.ticket-private-key}, with start-up errors an operator can act on. */
final class TicketKeySetting {

    private TicketKeySetting() {
    }

    static TicketIssuer issuer(@Nullable String privateKey, boolean remoteEdges, Environment environment, Clock clock) {
        TicketVerifierSetting.refuseObsoleteSecret(environment);
        if (privateKey == null || privateKey.isBlank()) {
            if (remoteEdges) {
                throw new IllegalStateException("portal.viewers.edge-urls lists distribution servers, but"
                        + " portal.viewers.ticket-private-key is not set: set it to the Ed25519 private key whose public"
                        + " half the edge hosts verify with (monitor.viewers.ticket-public-key; docker/make-env.sh"
                        + " writes both)");
            }
            // only in-process edges verify: they share this issuer's public key, nobody else needs it
            return TicketIssuer.random(clock);
        }
        try {
            return new TicketIssuer(TicketKeys.pairOf(TicketKeys.privateKey(privateKey)), clock);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.viewers.ticket-private-key: " + e.getMessage(), e);
        }
    }
}
