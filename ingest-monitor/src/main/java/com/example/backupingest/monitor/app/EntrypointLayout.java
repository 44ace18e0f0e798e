package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.entrypoint.NginxSettings;
import com.example.backupingest.monitor.entrypoint.SecureListeners;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.srt.SrtSettings;
import com.example.backupingest.monitor.tls.TlsSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * Derives each entrypoint's nginx settings, SRT listener and the restart policy from
 * {@link MonitorProperties}, once: the loopback ports between the TLS terminator or SRT relay and
 * nginx-rtmp (and any port configured as 0) are picked when the layout is made and then kept.
 */
final class EntrypointLayout {

    private final MonitorProperties properties;
    private final Map<Entrypoint, NginxSettings> nginx = new EnumMap<>(Entrypoint.class);
    private final Map<Entrypoint, SrtSettings> srt = new EnumMap<>(Entrypoint.class);

    EntrypointLayout(MonitorProperties properties) {
        this.properties = properties;
        // as root, nginx workers would drop to "nobody" and could not read the HLS files we write
        String user = "root".equals(System.getProperty("user.name")) ? "root" : null;
        for (Entrypoint e : properties.role().entrypoints()) {
            SecureListeners secure = secure(e);
            nginx.put(e, new NginxSettings(e, properties.entrypoints().rtmpPort(e),
                    properties.entrypoints().originHttpPort(e), properties.entrypointDir(e), properties.hlsRoot(e),
                    properties.rtmpModule(), URI.create("http://127.0.0.1:0"), user,
                    properties.originListenAddress().trim(), properties.originAllow().stream().map(String::trim).toList(),
                    properties.rtmpListenAddress().trim(), secure));
            if (secure != null && secure.srtRelayPort() > 0) {
                int port = properties.entrypoints().srtPort(e);
                srt.put(e, new SrtSettings(e, new InetSocketAddress(bindAddress(), port == 0 ? freeUdpPort() : port),
                        properties.srt().latency(), properties.ffmpeg(), secure.srtRelayPort(),
                        properties.entrypointDir(e)));
            }
        }
    }

    /** Only the role's entrypoints; the callback base is a placeholder until the web server's port is known. */
    Map<Entrypoint, NginxSettings> nginxSettings() {
        return Map.copyOf(nginx);
    }

    /** The role's entrypoints that take SRT callers. */
    Map<Entrypoint, SrtSettings> srtSettings() {
        return Map.copyOf(srt);
    }

    TlsSettings tlsSettings() {
        MonitorProperties.Rtmps r = properties.rtmps();
        return new TlsSettings(r.certificate(), r.certificateKey(), properties.selfSignedDir(), r.selfSignedNames(),
                properties.installedCertificate(), r.checkInterval());
    }

    RestartPolicy restartPolicy() {
        MonitorProperties.Restart r = properties.restart();
        return new RestartPolicy(r.initial(), r.max(), r.stableAfter());
    }

    private SecureListeners secure(Entrypoint e) {
        boolean rtmps = properties.rtmps().enabled();
        boolean srtOn = properties.srt().enabled();
        if (!rtmps && !srtOn) {
            return null;
        }
        int rtmpsPort = properties.entrypoints().rtmpsPort(e);
        return new SecureListeners(rtmps ? (rtmpsPort == 0 ? freeTcpPort() : rtmpsPort) : 0,
                rtmps ? freeTcpPort() : 0, rtmps ? freeTcpPort() : 0, srtOn ? freeTcpPort() : 0,
                properties.rtmps().streamModule(), properties.installedCertificate());
    }

    private InetAddress bindAddress() {
        String address = properties.rtmpListenAddress().trim();
        return InetAddress.ofLiteral(address.isEmpty() ? "0.0.0.0" : address);
    }

    private static int freeTcpPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
