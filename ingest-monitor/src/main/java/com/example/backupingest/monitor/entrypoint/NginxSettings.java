package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything one entrypoint's nginx needs. {@code callbackBase} is the monitor's own HTTP address;
 * {@code user} is set only when the monitor runs as root, so workers can read the HLS files the
 * monitor's ffmpeg wrote instead of dropping to {@code nobody}. The HTTP origin answers only edges:
 * it listens on {@code originListenAddress} ({@code 127.0.0.1} on a single host, {@code 0.0.0.0} on
 * an ingest host of its own) and serves {@code /hls/} only to the addresses or CIDR ranges in
 * {@code originAllow} (everybody else gets 403). RTMP listens on {@code rtmpListenAddress}, empty
 * for every interface (the demo binds it to loopback: its stream keys are published).
 */
public record NginxSettings(Entrypoint entrypoint, int rtmpPort, int originHttpPort, Path workDir, Path hlsRoot,
        Path rtmpModule, URI callbackBase, @Nullable String user, String originListenAddress,
        List<String> originAllow, String rtmpListenAddress, @Nullable SecureListeners secure) {

    public static final String LOOPBACK = "127.0.0.1";

    /** An IPv4 or IPv6 address, optionally with a prefix length: nothing else can reach nginx.conf. */
    private static final Pattern ADDRESS = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)(/\\d{1,3})?");

    public NginxSettings {
        originAllow = List.copyOf(originAllow);
        if (originAllow.isEmpty()) {
            throw new IllegalArgumentException("monitor.origin-allow must name at least one address (edges need it)");
        }
        for (String entry : originAllow) {
            if (!ADDRESS.matcher(entry).matches()) {
                throw new IllegalArgumentException("monitor.origin-allow: '" + entry
                        + "' is no IP address or CIDR range (e.g. 10.0.0.5 or 172.30.1.128/25)");
            }
        }
        if (!ADDRESS.matcher(originListenAddress).matches() || originListenAddress.contains("/")) {
            throw new IllegalArgumentException("monitor.origin-listen-address: '" + originListenAddress
                    + "' is no IP address (127.0.0.1 or 0.0.0.0)");
        }
        if (!rtmpListenAddress.isEmpty()
                && (!ADDRESS.matcher(rtmpListenAddress).matches() || rtmpListenAddress.contains("/"))) {
            throw new IllegalArgumentException("monitor.rtmp-listen-address: '" + rtmpListenAddress
                    + "' is no IP address (127.0.0.1, or empty for every interface)");
        }
    }

    /** Plain RTMP only. */
    public NginxSettings(Entrypoint entrypoint, int rtmpPort, int originHttpPort, Path workDir, Path hlsRoot,
            Path rtmpModule, URI callbackBase, @Nullable String user, String originListenAddress,
            List<String> originAllow, String rtmpListenAddress) {
        this(entrypoint, rtmpPort, originHttpPort, workDir, hlsRoot, rtmpModule, callbackBase, user,
                originListenAddress, originAllow, rtmpListenAddress, null);
    }

    /** RTMP on every interface (encoders publish from anywhere); the origin as given. */
    public NginxSettings(Entrypoint entrypoint, int rtmpPort, int originHttpPort, Path workDir, Path hlsRoot,
            Path rtmpModule, URI callbackBase, @Nullable String user, String originListenAddress,
            List<String> originAllow) {
        this(entrypoint, rtmpPort, originHttpPort, workDir, hlsRoot, rtmpModule, callbackBase, user,
                originListenAddress, originAllow, "", null);
    }

    /** Loopback only: the origin listens on 127.0.0.1 and serves 127.0.0.1. */
    public NginxSettings(Entrypoint entrypoint, int rtmpPort, int originHttpPort, Path workDir, Path hlsRoot,
            Path rtmpModule, URI callbackBase, @Nullable String user) {
        this(entrypoint, rtmpPort, originHttpPort, workDir, hlsRoot, rtmpModule, callbackBase, user, LOOPBACK,
                List.of(LOOPBACK));
    }

    public NginxSettings withCallbackBase(URI base) {
        return new NginxSettings(entrypoint, rtmpPort, originHttpPort, workDir, hlsRoot, rtmpModule, base, user,
                originListenAddress, originAllow, rtmpListenAddress, secure);
    }

    public NginxSettings withOrigin(String listenAddress, List<String> allow) {
        return new NginxSettings(entrypoint, rtmpPort, originHttpPort, workDir, hlsRoot, rtmpModule, callbackBase,
                user, listenAddress, allow, rtmpListenAddress, secure);
    }

    public NginxSettings withSecure(@Nullable SecureListeners listeners) {
        return new NginxSettings(entrypoint, rtmpPort, originHttpPort, workDir, hlsRoot, rtmpModule, callbackBase,
                user, originListenAddress, originAllow, rtmpListenAddress, listeners);
    }

    /**
     * The protocols this nginx takes in, in the order of its rtmp {@code server} blocks (nginx-rtmp's
     * {@code srv} index in /stat and /control).
     */
    public List<IngestProtocol> protocols() {
        List<IngestProtocol> protocols = new java.util.ArrayList<>(List.of(IngestProtocol.RTMP));
        if (secure != null && secure.rtmps()) {
            protocols.add(IngestProtocol.RTMPS);
        }
        if (secure != null && secure.srt()) {
            protocols.add(IngestProtocol.SRT);
        }
        return List.copyOf(protocols);
    }

    /** nginx-rtmp's {@code srv} index of the server a protocol's publishers live in. */
    public int serverIndex(IngestProtocol protocol) {
        int index = protocols().indexOf(protocol);
        if (index < 0) {
            throw new IllegalArgumentException("entrypoint " + entrypoint + " takes no " + protocol);
        }
        return index;
    }

    /** The loopback-reachable nginx-rtmp port where a protocol's publishers live (the transcoder reads there). */
    public int rtmpPort(IngestProtocol protocol) {
        serverIndex(protocol);
        return switch (protocol) {
            case RTMP -> rtmpPort;
            case RTMPS -> java.util.Objects.requireNonNull(secure).rtmpsReadPort();
            case SRT -> java.util.Objects.requireNonNull(secure).srtRelayPort();
        };
    }

    public Path confFile() {
        return workDir.resolve("nginx.conf");
    }

    public Path errorLog() {
        return workDir.resolve("error.log");
    }

    public URI callback(String call) {
        return callbackBase.resolve(MonitorPaths.RTMP_CALLBACKS + "/" + entrypoint.letter() + "/" + call);
    }

    /** Plain RTMP keeps its old path; RTMPS and SRT name themselves: the path tells the monitor the protocol. */
    public URI callback(IngestProtocol protocol, String call) {
        return protocol == IngestProtocol.RTMP ? callback(call)
                : callbackBase.resolve(MonitorPaths.RTMP_CALLBACKS + "/" + entrypoint.letter() + "/"
                        + protocol.name().toLowerCase(java.util.Locale.ROOT) + "/" + call);
    }
}
