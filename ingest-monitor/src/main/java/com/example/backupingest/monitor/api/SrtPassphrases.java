package com.example.backupingest.monitor.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SRT passphrase of a stream key: HMAC-SHA256 of a fixed label under the key, 32 base64url
 * characters (192 bits). Derived, not the key itself, because the SRT listener must hold the
 * passphrase in clear: an ingest host asking for passphrases learns nothing that publishes over
 * RTMP(S). Derived, not stored, so a regenerated key changes it too (rotation covers every protocol).
 */
public final class SrtPassphrases {

    private static final byte[] LABEL = "backup-ingest srt passphrase v1".getBytes(StandardCharsets.US_ASCII);

    private SrtPassphrases() {
    }

    public static String of(String streamKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(streamKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(LABEL));
            return encoded.substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }
}
