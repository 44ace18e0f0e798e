package com.example.backupingest.monitor.api.viewer;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code monitor.viewers.*}. {@code ticketPublicKey}: the portal's Ed25519 public key the edges verify
 * tickets with (PEM or base64 DER; unset in one process: the portal's own pair); {@code requireTicket}: edges serve only ticketed URLs (on by default:
 * the portal issues tickets to its website player and to the owner's preview; tests that read edges
 * without a portal switch it off); {@code releaseAfter}: a viewer without a playlist
 * load for this long has left (about two segments); {@code firstLoadGrace}: a fresh ticket's time to
 * its first load (the portal writes it into the ticket); {@code edgePorts}: in one process, one extra HTTP port per distribution server,
 * port k is server k of the list's size (empty: the edges answer on the server's own port only; 0
 * picks a free port); {@code hostIndex}/{@code hostCount}: on an edge host (role edge), which of how
 * many hosts this is (it serves only its own logical edges); {@code previewValidity}: how long a
 * preview ticket (the owner's Live page, no seat) is valid from its issue (the portal writes it into the
 * ticket; the open Live page renews it well before); {@code reportInterval}: how
 * often an edge host sends the playlist loads it saw to the portal.
 */
@ConfigurationProperties("monitor.viewers")
public record ViewerProperties(
        @Nullable String ticketPublicKey,
        @DefaultValue("true") boolean requireTicket,
        @DefaultValue("4s") Duration releaseAfter,
        @DefaultValue("15s") Duration firstLoadGrace,
        @DefaultValue List<Integer> edgePorts,
        @DefaultValue("1") int hostIndex,
        @DefaultValue("1") int hostCount,
        @DefaultValue("60s") Duration previewValidity,
        @DefaultValue("1s") Duration reportInterval) {

    public ViewerProperties {
        edgePorts = List.copyOf(edgePorts);
        if (hostCount < 1 || hostIndex < 1 || hostIndex > hostCount) {
            throw new IllegalArgumentException("monitor.viewers.host-index must be within 1.." + hostCount
                    + " (host-count), not " + hostIndex);
        }
        if (edgePorts.stream().anyMatch(port -> port < 0 || port > 65535)) {
            throw new IllegalArgumentException("monitor.viewers.edge-ports holds an invalid port: " + edgePorts);
        }
        if (reportInterval.isNegative() || reportInterval.isZero()) {
            throw new IllegalArgumentException("monitor.viewers.report-interval must be positive");
        }
    }

    /** Defaults with ticket checks switched as given (for tests and code that builds a gate by hand). */
    public static ViewerProperties defaults(boolean requireTicket) {
        return new ViewerProperties(null, requireTicket, Duration.ofSeconds(4), Duration.ofSeconds(15), List.of(),
                1, 1, Duration.ofSeconds(60), Duration.ofSeconds(1));
    }

    /** The logical edges this host serves. */
    public HostShare hostShare() {
        return new HostShare(hostIndex, hostCount);
    }
}
