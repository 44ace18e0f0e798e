package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.Entrypoint;
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
        @DefaultValue("500ms") Duration transcoderStartDelay,
        @DefaultValue("15s") Duration readyTimeout,
        @DefaultValue Map<String, String> keys,
        @DefaultValue("all") MonitorRole role,
        @DefaultValue("") String rtmpListenAddress) {

    /** Defaults: primary RTMP 1935 / HTTP 8181, backup RTMP 1936 / HTTP 8182. */
    public record Entrypoints(@DefaultValue Endpoint primary, @DefaultValue Endpoint backup) {

        public int rtmpPort(Entrypoint entrypoint) {
            Integer port = of(entrypoint).rtmpPort();
            return port != null ? port : entrypoint == Entrypoint.PRIMARY ? 1935 : 1936;
        }

        public int originHttpPort(Entrypoint entrypoint) {
            Integer port = of(entrypoint).originHttpPort();
            return port != null ? port : entrypoint == Entrypoint.PRIMARY ? 8181 : 8182;
        }

        public Endpoint of(Entrypoint entrypoint) {
            return entrypoint == Entrypoint.PRIMARY ? primary : backup;
        }
    }

    /** One entrypoint's ports; {@code hlsRoot} defaults to {@code <workDir>/<A|B>/hls}. */
    public record Endpoint(@Nullable Integer rtmpPort, @Nullable Integer originHttpPort, @Nullable Path hlsRoot) {
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
