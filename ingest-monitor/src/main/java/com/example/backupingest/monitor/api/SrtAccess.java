package com.example.backupingest.monitor.api;

/**
 * What an SRT caller naming a content in its stream id gets: the grant (as for an RTMP key) and the
 * passphrase its encryption must use. {@link #toString()} never prints the passphrase.
 */
public record SrtAccess(PublishGrant grant, String passphrase) {

    @Override
    public String toString() {
        return "SrtAccess[" + grant + ", passphrase " + StreamKeys.mask(passphrase) + "]";
    }
}
