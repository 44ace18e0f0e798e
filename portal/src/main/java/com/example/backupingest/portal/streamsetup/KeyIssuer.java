package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.api.Entrypoint;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Stores new keys and content ids that are not taken yet. Runs inside the caller's transaction.
 * Taken values are checked before the insert because on PostgreSQL a failed insert would abort
 * the whole transaction; the unique constraints stay the final guard.
 */
@Component
class KeyIssuer {

    private static final int MAX_ATTEMPTS = 5;

    private final ContentRepository contents;
    private final KeyGenerator generator;
    private final Clock clock;

    KeyIssuer(ContentRepository contents, KeyGenerator generator, Clock clock) {
        this.contents = contents;
        this.generator = generator;
        this.clock = clock;
    }

    String issueKey(long contentPk, Entrypoint entrypoint) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String key = generator.streamKey();
            if (!contents.keyTaken(key)) {
                contents.insertKey(contentPk, entrypoint, key, now());
                return key;
            }
        }
        throw new IllegalStateException("no unused stream key after " + MAX_ATTEMPTS + " attempts");
    }

    /** Revokes the entrypoint's current key of the content (it stops working at once) and issues a new one. */
    String replaceKey(long contentPk, Entrypoint entrypoint) {
        contents.revokeKey(contentPk, entrypoint, now());
        return issueKey(contentPk, entrypoint);
    }

    String newContentId() {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String id = generator.contentId();
            if (!contents.contentIdTaken(id)) {
                return id;
            }
        }
        throw new IllegalStateException("no unused content id after " + MAX_ATTEMPTS + " attempts");
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
