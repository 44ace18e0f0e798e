package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.StreamKeys;

/**
 * What a publisher proved itself with, kept in memory only so a revocation can ask the directory
 * again: the stream key (RTMP, RTMPS) or the SRT passphrase. Both print masked.
 */
sealed interface PublishCredential {

    record StreamKey(String key) implements PublishCredential {
        @Override
        public String toString() {
            return "key " + StreamKeys.mask(key);
        }
    }

    record SrtPassphrase(String passphrase) implements PublishCredential {
        @Override
        public String toString() {
            return "SRT passphrase " + StreamKeys.mask(passphrase);
        }
    }
}
