package com.example.backupingest.portal.streamsetup;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The encrypted ways into one entrypoint. RTMPS: {@code rtmpsServerUrl} with the same stream key
 * ({@code certificateFingerprint}: SHA-256 of a self-signed certificate, to compare; null for one from
 * a public CA). SRT: caller to {@code srtHost}:{@code srtPort}, stream id {@code srtStreamId} (the
 * public content id), the passphrase derived from the key, {@code srtLatency} asked for. Either part
 * is null when the deployment does not offer it.
 */
public record SecureWays(@Nullable String rtmpsServerUrl, @Nullable String certificateFingerprint,
        @Nullable String srtHost, int srtPort, String srtStreamId, String maskedPassphrase, Duration srtLatency) {

    public boolean rtmps() {
        return rtmpsServerUrl != null;
    }

    public boolean srt() {
        return srtHost != null;
    }

    /** What OBS takes as its SRT "Server" (latency in microseconds, as OBS and ffmpeg read it). */
    public String srtUrl(String passphrase) {
        return "srt://" + srtHost + ":" + srtPort + "?streamid=" + srtStreamId + "&passphrase=" + passphrase
                + "&latency=" + srtLatency.toNanos() / 1000;
    }

    public String maskedSrtUrl() {
        return srtUrl(maskedPassphrase);
    }

    /** {@code srt://host:port} from configuration into host and port (vMix asks for them apart). */
    static @Nullable URI srtAddress(String configured) {
        if (configured.isBlank()) {
            return null;
        }
        URI uri = URI.create(configured.trim());
        if (!"srt".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("portal.ingest.*-srt-url must look like srt://host:port, got " + configured);
        }
        return uri;
    }
}
