package com.example.backupingest.portal.streamsetup;

import com.example.backupingest.monitor.api.Entrypoint;
import org.jspecify.annotations.Nullable;

/**
 * One entrypoint of a content as OBS and vMix ask for it: Server URL and Stream key (plain RTMP), and
 * the encrypted ways in ({@code secure}: RTMPS and SRT; null where the deployment offers none). The
 * key here is masked (all but its last 4 characters); {@link StreamSetupService#revealKey} gives the
 * real one, from which the SRT passphrase follows.
 */
public record IngestEndpoint(Entrypoint entrypoint, String serverUrl, String maskedKey, @Nullable SecureWays secure) {

    public IngestEndpoint(Entrypoint entrypoint, String serverUrl, String maskedKey) {
        this(entrypoint, serverUrl, maskedKey, null);
    }

    public String maskedFullUrl() {
        return serverUrl + "/" + maskedKey;
    }
}
