package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.portal.security.StateChanging;
import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.security.AuditDetail;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.ContentChecks;
import java.util.List;
import java.util.Optional;

/** Contents and their ingest endpoints for the current user's account. */
public interface StreamSetupService {

    @ReadsOnly
    List<ContentSetup> contents();

    /**
     * The full key. Refused (AccessDeniedException) while a support agent impersonates the
     * customer, and for contents of other accounts.
     */
    @ReadsOnly
    String revealKey(String contentId, Entrypoint entrypoint);

    /** A new random key; the old one stops working at once. Same access rules as revealKey. */
    @StateChanging("STREAM_KEY_REGENERATED")
    IngestEndpoint regenerateKey(@AuditDetail String contentId, @AuditDetail Entrypoint entrypoint);

    /**
     * The content's picture and sound checks (black, frozen, silent: on/off and 1-30 s); empty for a
     * content that is not the account's. A support agent may read and change them (audited).
     */
    @ReadsOnly
    Optional<ContentChecks> checks(String contentId);

    /**
     * Saves the checks; they count from the encoder's next connect (they travel with the publish
     * grant). AccessDeniedException for another account's content.
     */
    @StateChanging("CONTENT_CHECKS_CHANGED")
    void saveChecks(@AuditDetail String contentId, ContentChecks checks);
}
