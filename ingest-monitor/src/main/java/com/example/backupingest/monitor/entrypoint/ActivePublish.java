package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.PublishGrant;
import com.example.backupingest.monitor.StreamKeys;
import java.time.Instant;

/**
 * An accepted, still running publish. Holds the stream key in memory only (to read the stream
 * back and to drop the publisher); {@link #toString()} masks it.
 */
public record ActivePublish(PublishGrant grant, Entrypoint entrypoint, String streamKey, String clientAddress,
        Instant since) {

    public String contentId() {
        return grant.contentId();
    }

    @Override
    public String toString() {
        return "ActivePublish[" + grant.contentId() + " on " + entrypoint + " from " + clientAddress + ", key "
                + StreamKeys.mask(streamKey) + ", since " + since + "]";
    }
}
