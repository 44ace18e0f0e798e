package com.example.backupingest.portal.streamsetup;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Random secrets: stream keys (192 bits, base64url) and public content ids (URL- and folder-safe). */
@Component
class KeyGenerator {

    static final int KEY_BYTES = 24;
    private static final String ID_ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
    private static final int ID_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    String streamKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String contentId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
