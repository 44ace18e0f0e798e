package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.KeyRevoker;
import com.example.backupingest.monitor.api.KeyRevocation;
import com.example.backupingest.portal.streamsetup.StreamKeysRevoked;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once a revocation is committed, whoever runs encoders hears of it: the pipeline inside the portal
 * (embedded default) re-checks the content's publishes directly, ingest hosts through their revocation
 * stream. The local re-check runs on a virtual thread of its own: the request that regenerated the key
 * does not wait for nginx.
 */
final class KeyRevocationRelay {

    private final KeyRevocationStream stream;
    private final @Nullable KeyRevoker local;

    KeyRevocationRelay(KeyRevocationStream stream, @Nullable KeyRevoker local) {
        this.stream = stream;
        this.local = local;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StreamKeysRevoked event) {
        stream.broadcast(new KeyRevocation(event.contentId(), event.entrypoint(), event.reason()));
        if (local != null) {
            Thread.ofVirtual().name("revoke-" + event.contentId())
                    .start(() -> local.revoked(event.contentId(), event.reason()));
        }
    }
}
