package com.example.backupingest.monitor.api;

import java.util.Optional;

/**
 * Answers whether a stream key may publish on an entrypoint. The portal implements it
 * in-process; a standalone monitor asks the portal over HTTP.
 */
public interface StreamKeyDirectory {

    /** Empty for unknown, revoked or wrong-entrypoint keys. */
    Optional<PublishGrant> authorize(Entrypoint entrypoint, String streamKey);

    /**
     * An SRT caller names a content in its stream id: its grant and the SRT passphrase of the content's
     * current key on this entrypoint ({@link SrtPassphrases}). Empty for unknown or inactive contents
     * and for contents without a key on this entrypoint (no backup booked).
     */
    default Optional<SrtAccess> srtAccess(Entrypoint entrypoint, String contentId) {
        return Optional.empty();
    }
}
