package com.example.backupingest.monitor.api.viewer;

import java.time.Clock;
import org.springframework.core.env.Environment;

/** The edges' ticket verifier from configuration, with start-up errors an operator can act on. */
public final class TicketVerifierSetting {

    /** The HMAC secret of earlier versions: edges that still get it would refuse every new ticket. */
    public static final String OBSOLETE_SECRET = "monitor.viewers.secret";

    private TicketVerifierSetting() {
    }

    public static ViewerTickets verifier(ViewerProperties properties, Environment environment) {
        refuseObsoleteSecret(environment);
        String key = properties.ticketPublicKey();
        if (key != null && !key.isBlank()) {
            try {
                return new ViewerTickets(TicketKeys.publicKey(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("monitor.viewers.ticket-public-key: " + e.getMessage(), e);
            }
        }
        if ("edge".equals(environment.getProperty("monitor.role")) && properties.requireTicket()) {
            throw new IllegalStateException("monitor.viewers.ticket-public-key is not set: an edge host verifies the"
                    + " portal's viewer tickets with the portal's Ed25519 public key (docker/make-env.sh writes it as"
                    + " VIEWER_TICKET_PUBLIC_KEY)");
        }
        // no issuer in this process and no key: nobody holds the private half, every ticket is refused
        return TicketIssuer.random(Clock.systemUTC()).verifier();
    }

    public static void refuseObsoleteSecret(Environment environment) {
        if (environment.containsProperty(OBSOLETE_SECRET)) {
            throw new IllegalStateException(OBSOLETE_SECRET + " is no longer used: viewer tickets are signed with"
                    + " Ed25519. Set portal.viewers.ticket-private-key on the portal and"
                    + " monitor.viewers.ticket-public-key on the edge hosts (docker/make-env.sh writes both) and"
                    + " remove " + OBSOLETE_SECRET + ".");
        }
    }
}
