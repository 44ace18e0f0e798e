package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.Entrypoint;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the ingest pipeline ({@code monitor.*}). {@code callbackBaseUrl} defaults to
 * http://127.0.0.1:&lt;actual server port&gt;; {@code workDir} to a folder in java.io.tmpdir.
 * {@code keys} feeds the static key directory used when no StreamKeyDirectory bean exists:
 * {@code monitor.keys.<key>=<accountId>:<contentId>:<A|B>:<edgeCount>}. {@code role} picks the
 * entrypoints this process runs (see {@link MonitorRole}). The HTTP origin answers edges only:
 * {@code originListenAddress} is the address nginx's origin binds to ({@code 127.0.0.1}; an ingest
 * host of its own, role {@code ingest-a}/{@code ingest-b}, defaults to {@code 0.0.0.0}), and
 * {@code originAllow} lists the addresses or CIDR ranges of the edges that may read {@code /hls/}
 * (everybody else gets 403). {@code rtmpListenAddress}: where the RTMP entrypoints listen, empty for
 * every interface (the portal's demo profile binds them to 127.0.0.1: its stream keys are published).
 */
@ConfigurationProperties("monitor")
public record MonitorProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("true") boolean failFast,
        @DefaultValue Entrypoints entrypoints,
        @Nullable Path workDir,
        @DefaultValue("2s") Duration segmentDuration,
        @DefaultValue("10") int playlistSize,
        @DefaultValue("nginx") String nginx,
        @DefaultValue("/usr/lib/nginx/modules/ngx_rtmp_module.so") Path rtmpModule,
        @DefaultValue("ffmpeg") String ffmpeg,
        @DefaultValue("ffprobe") String ffprobe,
        @Nullable URI callbackBaseUrl,
        @DefaultValue("127.0.0.1") String originHost,
        @DefaultValue("127.0.0.1") String originListenAddress,
        @DefaultValue("127.0.0.1") List<String> originAllow,
        @DefaultValue Restart restart,
        @DefaultValue("1s") Duration healthInterval,
        @DefaultValue("5s") Duration slowAfter,
        @DefaultValue("30s") Duration keyframeReprobe,
        @DefaultValue("500ms") Duration transcoderStartDelay,
        @DefaultValue("15s") Duration readyTimeout,
        @DefaultValue Map<String, String> keys,
        @DefaultValue("all") MonitorRole role,
        @DefaultValue("") String rtmpListenAddress,
        @DefaultValue Rtmps rtmps,
        @DefaultValue Srt srt) {

    /**
     * Defaults: primary RTMP 1935 / RTMPS 1945 / SRT 9000 (UDP) / HTTP 8181, backup RTMP 1936 / RTMPS 1946 /
     * SRT 9001 / HTTP 8182. An RTMPS or SRT port of 0 takes a free one at start (tests).
     */
    public record Entrypoints(@DefaultValue Endpoint primary, @DefaultValue Endpoint backup) {

        public int rtmpPort(Entrypoint entrypoint) {
            Integer port = of(entrypoint).rtmpPort();
            return port != null ? port : entrypoint == Entrypoint.PRIMARY ? 1935 : 1936;
        }

        public int originHttpPort(Entrypoint entrypoint) {
            Integer port = of(entrypoint).originHttpPort();
            return port != null ? port : entrypoint == Entrypoint.PRIMARY ? 8181 : 8182;
        }

        public int rtmpsPort(Entrypoint entrypoint) {
            Integer port = of(entrypoint).rtmpsPort();
            return port != null ? port : entrypoint == Entrypoint.PRIMARY ? 1945 : 1946;
        }

        public int srtPort(Entrypoint entrypoint) {
            Integer port = of(entrypoint).srtPort();
            return port != null ? port : entrypoint == Entrypoint.PRIMARY ? 9000 : 9001;
        }

        public Endpoint of(Entrypoint entrypoint) {
            return entrypoint == Entrypoint.PRIMARY ? primary : backup;
        }
    }

    /** One entrypoint's ports; {@code hlsRoot} defaults to {@code <workDir>/<A|B>/hls}. */
    public record Endpoint(@Nullable Integer rtmpPort, @Nullable Integer originHttpPort, @Nullable Path hlsRoot,
            @Nullable Integer rtmpsPort, @Nullable Integer srtPort) {
    }

    /**
     * RTMPS beside RTMP ({@code monitor.rtmps.*}): nginx's stream module terminates TLS. A deployment sets
     * {@code certificate} (PEM chain) and {@code certificateKey} (PEM key), followed every
     * {@code checkInterval} and replaced without a reload; otherwise a self-signed certificate for
     * {@code selfSignedNames} is made once and kept in {@code selfSignedDir} (default {@code <workDir>/tls}).
     */
    public record Rtmps(@DefaultValue("true") boolean enabled,
            @DefaultValue("/usr/lib/nginx/modules/ngx_stream_module.so") Path streamModule,
            @Nullable Path certificate, @Nullable Path certificateKey, @Nullable Path selfSignedDir,
            @DefaultValue({"localhost", "127.0.0.1"}) List<String> selfSignedNames,
            @DefaultValue("10s") Duration checkInterval) {
    }

    /**
     * SRT beside RTMP ({@code monitor.srt.*}): a listener per entrypoint asking for {@code latency}
     * (120 ms at least; 2 s suits a DSL line), libsrt loaded by the first of {@code library} found, a
     * client address allowed {@code handshakesPerClient} handshakes per {@code handshakeWindow}.
     */
    public record Srt(@DefaultValue("true") boolean enabled, @DefaultValue("2s") Duration latency,
            @DefaultValue({"libsrt-gnutls.so.1.5", "libsrt-openssl.so.1.5", "libsrt.so.1.5", "libsrt.so"}) List<String> library,
            @DefaultValue("10") int handshakesPerClient, @DefaultValue("10s") Duration handshakeWindow) {

        public Srt {
            if (latency.compareTo(Duration.ofMillis(120)) < 0) {
                throw new IllegalArgumentException("monitor.srt.latency must be at least 120ms (SRT's own floor), got "
                        + latency.toMillis() + "ms");
            }
        }
    }

    /** Where the self-signed RTMPS certificate is kept. */
    public Path selfSignedDir() {
        return rtmps.selfSignedDir() != null ? rtmps.selfSignedDir().toAbsolutePath().normalize()
                : resolvedWorkDir().resolve("tls");
    }

    /** The one file (certificate chain and key) the entrypoints' nginx reads at every RTMPS handshake. */
    public Path installedCertificate() {
        return resolvedWorkDir().resolve("tls-installed").resolve("ingest.pem");
    }

    public record Restart(@DefaultValue("250ms") Duration initial, @DefaultValue("10s") Duration max,
            @DefaultValue("30s") Duration stableAfter) {
    }

    /** Always absolute: nginx and ffmpeg run in folders of their own, where a relative path would mislead. */
    public Path resolvedWorkDir() {
        Path dir = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "backup-ingest-monitor");
        return dir.toAbsolutePath().normalize();
    }

    public Path hlsRoot(Entrypoint entrypoint) {
        Path configured = entrypoints.of(entrypoint).hlsRoot();
        return configured != null ? configured.toAbsolutePath().normalize() : entrypointDir(entrypoint).resolve("hls");
    }

    public Path entrypointDir(Entrypoint entrypoint) {
        return resolvedWorkDir().resolve(entrypoint.letter());
    }
}
