package com.example.backupingest.monitor.api;

/**
 * How an encoder reaches an entrypoint. Everything after the entrypoint (authorization, transcoding,
 * failover, health, timeline) is the same for all three: each ends as a publish inside nginx-rtmp.
 */
public enum IngestProtocol {
    /** Plain RTMP: key and picture in clear text. */
    RTMP,
    /** RTMP inside TLS 1.2+, terminated by nginx's stream module. */
    RTMPS,
    /** SRT caller, AES-encrypted with the content's passphrase, retransmission within a latency budget. */
    SRT;

    public boolean encrypted() {
        return this != RTMP;
    }
}
