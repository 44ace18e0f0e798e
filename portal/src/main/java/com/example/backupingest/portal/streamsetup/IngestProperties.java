package com.example.backupingest.portal.streamsetup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.ingest.*}: where customers send to. Defaults: the local pipeline. RTMPS server URLs and
 * SRT addresses ({@code srt://host:port}) of each entrypoint; empty leaves that way out of the stream
 * setup page and the mails. {@code srtLatency}: what the SRT URL asks for (2 s suits a DSL line; the
 * larger of the caller's and the listener's wins). {@code rtmpsFingerprint}: the SHA-256 fingerprint of a
 * self-signed certificate on remote ingest hosts (the embedded pipeline's own is read directly).
 */
@ConfigurationProperties("portal.ingest")
public record IngestProperties(@DefaultValue("rtmp://localhost:1935/live") String primaryUrl,
        @DefaultValue("rtmp://localhost:1936/live") String backupUrl,
        @DefaultValue("rtmps://localhost:1945/live") String primaryRtmpsUrl,
        @DefaultValue("rtmps://localhost:1946/live") String backupRtmpsUrl,
        @DefaultValue("srt://localhost:9000") String primarySrtUrl,
        @DefaultValue("srt://localhost:9001") String backupSrtUrl,
        @DefaultValue("2s") Duration srtLatency,
        @DefaultValue("") String rtmpsFingerprint) {
}
