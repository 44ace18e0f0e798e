package com.example.backupingest.monitor;

import java.util.Optional;

/**
 * Answers whether a stream key may publish on an entrypoint. The portal implements it
 * in-process; a standalone monitor asks the portal over HTTP.
 */
public interface StreamKeyDirectory {

    /** Empty for unknown, revoked or wrong-entrypoint keys. */
    Optional<PublishGrant> authorize(Entrypoint entrypoint, String streamKey);
}
