package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.PublishGrant;
import com.example.backupingest.monitor.StreamKeys;
import java.time.Instant;

/**
 * An accepted, still running publish. Holds the stream key in memory only (to re-check it when the
 * portal revokes keys, and to match nginx's on_publish_done, which names the key); {@link #toString()}
 * masks it. Inside nginx the stream is called by its {@link #streamName()}, never by its key.
 */
public record ActivePublish(PublishGrant grant, Entrypoint entrypoint, String streamKey, String clientAddress,
        Instant since) {

    public String contentId() {
        return grant.contentId();
    }

    /**
     * What on_publish renames the stream to (a redirect, see RtmpCallbackController): the public
     * content id, so nginx's /stat, the transcoder's command line and the control API never carry a key.
     */
    public String streamName() {
        return grant.contentId();
    }

    @Override
    public String toString() {
        return "ActivePublish[" + grant.contentId() + " on " + entrypoint + " from " + clientAddress + ", key "
                + StreamKeys.mask(streamKey) + ", since " + since + "]";
    }
}
