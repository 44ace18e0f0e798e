package com.example.backupingest.monitor.api.viewer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs viewer tickets with the portal's Ed25519 private key (only the portal holds it; edges get
 * {@link #verifier()}'s public key). A ticket is valid until {@code issuedAt + validFor}: for a viewer
 * ticket the time to its first playlist load, for a preview ticket its whole life.
 */
public final class TicketIssuer {

    private static final Duration DEFAULT_VIEWER = Duration.ofSeconds(15);
    private static final Duration DEFAULT_PREVIEW = Duration.ofSeconds(60);

    private final KeyPair keys;
    private final Clock clock;
    private final ViewerTickets verifier;

    public TicketIssuer(KeyPair keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.verifier = new ViewerTickets(keys.getPublic());
        // a private key that does not belong to its public half would issue tickets no edge accepts
        if (verifier.verify(issue("selfcheck", "edge-1", "selfcheck", TicketKind.PREVIEW, Duration.ofMinutes(1)))
                .isEmpty()) {
            throw new IllegalArgumentException("the ticket keys are not one Ed25519 pair");
        }
    }

    /** A key pair of its own: for a single process, or a test; nobody else can issue its tickets. */
    public static TicketIssuer random(Clock clock) {
        return new TicketIssuer(TicketKeys.generate(), clock);
    }

    /** What edges are configured with ({@code monitor.viewers.ticket-public-key}). */
    public java.security.PublicKey publicKey() {
        return keys.getPublic();
    }

    /** The edges' side: checks tickets with the public key only. */
    public ViewerTickets verifier() {
        return verifier;
    }

    /** With the default lives: 15 s to a viewer ticket's first load, 60 s for a preview. */
    public String issue(String contentId, String edgeId, String viewerId, TicketKind kind) {
        return issue(contentId, edgeId, viewerId, kind, kind == TicketKind.VIEWER ? DEFAULT_VIEWER : DEFAULT_PREVIEW);
    }

    /** @throws IllegalArgumentException if an id is not made of [A-Za-z0-9_-] (1 to 64 characters) */
    public String issue(String contentId, String edgeId, String viewerId, TicketKind kind, Duration validFor) {
        for (String id : new String[] {contentId, edgeId, viewerId}) {
            if (!ViewerTickets.ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a ticket id: " + id);
            }
        }
        Instant now = clock.instant();
        byte[] payload = ViewerTickets.payload(contentId, edgeId, viewerId, kind, now, now.plus(validFor))
                .getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(TicketKeys.ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(payload);
            return ViewerTickets.ENCODER.encodeToString(payload) + "~" + ViewerTickets.ENCODER.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a viewer ticket", e);
        }
    }
}
