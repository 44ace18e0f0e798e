package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.viewer.ViewerTickets;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** The ticket issuer from {@code monitor.viewers.secret}, with start-up errors an operator can act on. */
final class TicketSecret {

    private TicketSecret() {
    }

    static ViewerTickets tickets(@Nullable String secret, boolean remoteEdges, Clock clock) {
        if (secret == null || secret.isBlank()) {
            if (remoteEdges) {
                throw new IllegalStateException("portal.viewers.edge-urls lists distribution servers, but"
                        + " monitor.viewers.secret is not set: set it to the ticket secret the edge hosts verify"
                        + " with (at least 16 characters)");
            }
            // only in-process edges verify: they share this object and its random secret
            return ViewerTickets.random(clock);
        }
        try {
            return ViewerTickets.ofSecret(secret, clock);
        } catch (IllegalArgumentException tooShort) {
            throw new IllegalStateException("monitor.viewers.secret needs at least 16 characters", tooShort);
        }
    }
}
