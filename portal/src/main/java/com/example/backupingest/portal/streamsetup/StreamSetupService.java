package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.Entrypoint;
import java.util.List;

/** Contents and their ingest endpoints for the current user's account. */
public interface StreamSetupService {

    List<ContentSetup> contents();

    /**
     * The full key. Refused (AccessDeniedException) while a support agent impersonates the
     * customer, and for contents of other accounts.
     */
    String revealKey(String contentId, Entrypoint entrypoint);

    /** A new random key; the old one stops working at once. Same access rules as revealKey. */
    IngestEndpoint regenerateKey(String contentId, Entrypoint entrypoint);
}
