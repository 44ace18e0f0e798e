package com.example.backupingest.monitor.viewer;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies viewer tickets: the payload in clear (base64url) plus an HMAC-SHA256 over it
 * (first 16 bytes). Edges verify on their own, so viewers who already play keep playing while the
 * portal that issued their tickets is unreachable. Tickets hold no key, only public ids.
 */
public final class ViewerTickets {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    public ViewerTickets(byte[] secret, Clock clock) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("a ticket secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.clock = clock;
    }

    /** From configuration ({@code monitor.viewers.secret}, at least 16 characters). */
    public static ViewerTickets ofSecret(String secret, Clock clock) {
        return new ViewerTickets(secret.getBytes(StandardCharsets.UTF_8), clock);
    }

    /** A secret of its own: for a single process where issuer and edges share this object. */
    public static ViewerTickets random(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ViewerTickets(secret, clock);
    }

    /** @throws IllegalArgumentException if an id is not made of [A-Za-z0-9_-] (1 to 64 characters) */
    public String issue(String contentId, String edgeId, String viewerId, TicketKind kind) {
        for (String id : new String[] {contentId, edgeId, viewerId}) {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a ticket id: " + id);
            }
        }
        String payload = String.join(".", contentId, edgeId, viewerId, kind == TicketKind.VIEWER ? "v" : "p",
                Long.toString(clock.instant().getEpochSecond(), 36));
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        return ENCODER.encodeToString(bytes) + "~" + ENCODER.encodeToString(mac(bytes));
    }

    /** Empty for anything not issued with this secret (or malformed). */
    public Optional<ViewerTicket> verify(String token) {
        int tilde = token.indexOf('~');
        if (tilde <= 0 || token.length() > 400) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, tilde));
            byte[] mac = DECODER.decode(token.substring(tilde + 1));
            if (!MessageDigest.isEqual(mac, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.US_ASCII).split("\\.", -1);
            if (parts.length != 5) {
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
                    Instant.ofEpochSecond(Long.parseLong(parts[4], 36))));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
