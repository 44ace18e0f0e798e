package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.PublishGrant;
import java.time.Instant;

/**
 * An accepted, still running publish. {@code nginxName} is the name the publisher announced to
 * nginx-rtmp (the stream key over RTMP and RTMPS, the SRT relay's one-time token), which nginx's
 * on_publish_done names again. Holds its credential in memory only (to re-check it when the portal
 * revokes keys); {@link #toString()} masks it. Inside nginx the stream is called by its
 * {@link #streamName()}, never by its key.
 */
public record ActivePublish(PublishGrant grant, Entrypoint entrypoint, IngestProtocol protocol,
        PublishCredential credential, String nginxName, String clientAddress, Instant since) {

    /** An RTMP publish: the key is both the credential and the name it announced. */
    public ActivePublish(PublishGrant grant, Entrypoint entrypoint, String streamKey, String clientAddress,
            Instant since) {
        this(grant, entrypoint, IngestProtocol.RTMP, new PublishCredential.StreamKey(streamKey), streamKey,
                clientAddress, since);
    }

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
        return "ActivePublish[" + grant.contentId() + " on " + entrypoint + " by " + protocol + " from "
                + clientAddress + ", " + credential + ", since " + since + "]";
    }
}
