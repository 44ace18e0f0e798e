package com.example.backupingest.portal.viewers;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.viewers.*}. {@code edgeUrls}: the base URL of every distribution server players are
 * sent to, host k at position k (empty: the in-process edges, on {@code monitor.viewers.edge-ports}
 * or on the portal's own port). {@code ticketPrivateKey}: the Ed25519 private key viewer tickets are
 * signed with (PEM or base64 of PKCS#8 DER; the edge hosts get its public half; unset: a pair of its
 * own per start, for in-process edges only). {@code perClient}: limits per client address.
 */
@ConfigurationProperties("portal.viewers")
public record AssignmentProperties(@DefaultValue List<URI> edgeUrls, @Nullable String ticketPrivateKey,
        @DefaultValue PerClient perClient) {

    /**
     * {@code tickets} per {@code per}: how many tickets the assignment endpoint gives one client
     * address (IPv6: one /64), as a burst that refills evenly; {@code trackedClients}: how many
     * clients' allowances are kept at most; {@code unusualShare} and {@code unusualMinSeats}: the Live
     * page names a client holding at least this share of the account's booked seats, and at least this
     * many.
     */
    public record PerClient(@DefaultValue("100") int tickets, @DefaultValue("10s") Duration per,
            @DefaultValue("100000") int trackedClients, @DefaultValue("0.2") double unusualShare,
            @DefaultValue("10") int unusualMinSeats) {

        public PerClient {
            if (tickets < 1 || per.isNegative() || per.isZero() || trackedClients < 1) {
                throw new IllegalArgumentException("portal.viewers.per-client: tickets, per and tracked-clients must"
                        + " be positive");
            }
            if (unusualShare <= 0 || unusualShare > 1 || unusualMinSeats < 1) {
                throw new IllegalArgumentException("portal.viewers.per-client.unusual-share must be within (0, 1],"
                        + " unusual-min-seats at least 1");
            }
        }
    }
}
