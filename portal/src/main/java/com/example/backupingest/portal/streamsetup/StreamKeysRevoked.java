package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.RevocationReason;
import org.jspecify.annotations.Nullable;

/**
 * Keys of a content stopped working (regenerated, booking ended, content removed), on one entrypoint
 * or (null) on both; published inside the revoking transaction. Holds no key: whoever drops encoders
 * asks the directory again which keys still hold.
 */
public record StreamKeysRevoked(long accountId, String contentId, @Nullable Entrypoint entrypoint,
        RevocationReason reason) {
}
