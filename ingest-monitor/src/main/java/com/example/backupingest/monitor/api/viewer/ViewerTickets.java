package com.example.backupingest.monitor.api.viewer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verifies viewer tickets with the portal's Ed25519 public key: the payload in clear (base64url)
 * {@code content.edge.viewer.kind.issuedAt.expiresAt}, a tilde, the signature (base64url, 64 bytes).
 * An edge holds only this public key, so a compromised edge host cannot mint tickets; edges verify on
 * their own, so viewers who already play keep playing while the portal is unreachable. Tickets hold
 * no key, only public ids. Issued by {@link TicketIssuer}.
 */
public final class ViewerTickets {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int SIGNATURE_BYTES = 64;
    /** Longer than any ticket the issuer makes (ids of at most 64 characters). */
    static final int MAX_LENGTH = 400;

    private final PublicKey key;

    public ViewerTickets(PublicKey key) {
        if (!TicketKeys.ALGORITHM.equalsIgnoreCase(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("viewer tickets are verified with an Ed25519 key, not " + key.getAlgorithm());
        }
        this.key = key;
    }

    /** Empty for anything not signed with this key's private half (or malformed). */
    public Optional<ViewerTicket> verify(String token) {
        int tilde = token.indexOf('~');
        if (tilde <= 0 || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, tilde));
            byte[] signature = DECODER.decode(token.substring(tilde + 1));
            // parse first: a malformed payload costs no signature check
            Optional<ViewerTicket> ticket = parse(new String(payload, StandardCharsets.US_ASCII));
            if (ticket.isEmpty() || signature.length != SIGNATURE_BYTES) {
                return Optional.empty();
            }
            Signature verifier = Signature.getInstance(TicketKeys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(payload);
            return verifier.verify(signature) ? ticket : Optional.empty();
        } catch (IllegalArgumentException | GeneralSecurityException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<ViewerTicket> parse(String payload) {
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 6 || !ID.matcher(parts[0]).matches() || !ID.matcher(parts[1]).matches()
                || !ID.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        TicketKind kind = switch (parts[3]) {
            case "v" -> TicketKind.VIEWER;
            case "p" -> TicketKind.PREVIEW;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new ViewerTicket(parts[0], parts[1], parts[2], kind,
                Instant.ofEpochSecond(Long.parseLong(parts[4], 36)), Instant.ofEpochSecond(Long.parseLong(parts[5], 36))));
    }

    static String payload(String contentId, String edgeId, String viewerId, TicketKind kind, Instant issuedAt,
            Instant expiresAt) {
        return String.join(".", contentId, edgeId, viewerId, kind == TicketKind.VIEWER ? "v" : "p",
                Long.toString(issuedAt.getEpochSecond(), 36), Long.toString(expiresAt.getEpochSecond(), 36));
    }
}
