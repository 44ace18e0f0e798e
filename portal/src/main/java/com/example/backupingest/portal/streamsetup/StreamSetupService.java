package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.portal.security.StateChanging;
import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.security.AuditDetail;
import com.example.backupingest.monitor.Entrypoint;
import java.util.List;

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
}
