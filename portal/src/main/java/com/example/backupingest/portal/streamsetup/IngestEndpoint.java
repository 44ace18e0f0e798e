package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.Entrypoint;

/**
 * One entrypoint of a content as OBS and vMix ask for it: Server URL and Stream key. The key here
 * is masked (all but its last 4 characters); {@link StreamSetupService#revealKey} gives the real one.
 */
public record IngestEndpoint(Entrypoint entrypoint, String serverUrl, String maskedKey) {

    public String maskedFullUrl() {
        return serverUrl + "/" + maskedKey;
    }
}
