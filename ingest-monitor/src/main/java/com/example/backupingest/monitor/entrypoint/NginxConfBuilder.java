package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.nginx.NginxConfText;
import java.util.List;

/**
 * Writes nginx.conf for one entrypoint: nginx-rtmp ingest with on_publish callbacks, and an HTTP
 * origin serving HLS, /stat and /control (the latter two for localhost only). Players never touch
 * the ingest server: RTMP {@code play} is for the local transcoder only (it reads
 * rtmp://127.0.0.1), and {@code /hls/} answers only the addresses of {@link NginxSettings#originAllow()}
 * on {@link NginxSettings#originListenAddress()}.
 */
final class NginxConfBuilder {

    private final NginxConfText conf = new NginxConfText();

    public static List<String> lines(NginxSettings s) {
        return new NginxConfBuilder().build(s);
    }

    public static String text(NginxSettings s) {
        return String.join("\n", lines(s)) + "\n";
    }

    private List<String> build(NginxSettings s) {
        String work = s.workDir().toAbsolutePath().toString();
        conf.line("load_module " + s.rtmpModule() + ";");
        SecureListeners secure = s.secure();
        if (secure != null && secure.rtmps()) {
            conf.line("load_module " + secure.streamModule() + ";");
        }
        if (s.user() != null) {
            conf.line("user " + s.user() + ";");
        }
        // one worker: nginx-rtmp keeps live streams per worker, players and publisher must meet
        conf.foreground(work, "1", 512);
        if (secure != null && secure.rtmps()) {
            tls(s, secure);
        }
        conf.open("rtmp");
        for (IngestProtocol protocol : s.protocols()) {
            server(s, protocol);
        }
        conf.close();
        conf.open("http");
        conf.line("access_log off;");
        conf.tempPaths(work);
        conf.open("types");
        conf.line("application/vnd.apple.mpegurl m3u8;");
        conf.line("video/mp2t ts;");
        conf.close();
        conf.open("server");
        conf.line("listen " + NginxConfText.hostPort(s.originListenAddress(), s.originHttpPort()) + ";");
        if (!coversLoopback(s.originListenAddress())) {
            // /stat, /control and the monitor's own port check use the loopback address
            conf.line("listen " + NginxSettings.LOOPBACK + ":" + s.originHttpPort() + ";");
        }
        conf.open("location /hls/");
        conf.line("alias " + s.hlsRoot().toAbsolutePath() + "/;");
        conf.line("add_header Cache-Control no-cache;");
        conf.line("add_header Access-Control-Allow-Origin *;");
        // only edges: everybody else gets 403
        s.originAllow().forEach(address -> conf.line("allow " + address + ";"));
        conf.line("deny all;");
        conf.close();
        localOnly("location /stat", "rtmp_stat all;");
        localOnly("location /control", "rtmp_control all;");
        conf.close();
        conf.close();
        return conf.lines();
    }

    /**
     * One rtmp server per way in, each with its own callbacks: plain RTMP on the public listener,
     * RTMPS from the TLS terminator (a PROXY protocol header names the encoder, so logs, on_publish and
     * {@code allow play} see its address, not 127.0.0.1), SRT from the monitor's relay (loopback only).
     * Streams of different servers never meet: each publish is read from its own server.
     */
    private void server(NginxSettings s, IngestProtocol protocol) {
        conf.open("server");
        switch (protocol) {
            case RTMP -> conf.line("listen " + (s.rtmpListenAddress().isEmpty() ? String.valueOf(s.rtmpPort())
                    : NginxConfText.hostPort(s.rtmpListenAddress(), s.rtmpPort())) + ";");
            case RTMPS -> {
                SecureListeners secure = java.util.Objects.requireNonNull(s.secure());
                conf.line("listen " + NginxSettings.LOOPBACK + ":" + secure.rtmpsRelayPort() + " proxy_protocol;");
                // the transcoder's way in: ffmpeg sends no PROXY header
                conf.line("listen " + NginxSettings.LOOPBACK + ":" + secure.rtmpsReadPort() + ";");
            }
            case SRT -> conf.line("listen " + NginxSettings.LOOPBACK + ":" + s.rtmpPort(protocol) + ";");
        }
        // a publisher that stops answering pings is dropped within ~3 s instead of the 1.5 min default
        conf.line("ping 2s;");
        conf.line("ping_timeout 1s;");
        conf.line("timeout 10s;");
        conf.open("application live");
        conf.line("live on;");
        conf.line("record off;");
        conf.line("idle_streams off;");
        // the transcoder's stream starts with a video keyframe: audio alone would end ffmpeg's short probe
        // (the transcode lags by the probe) before an encoder with long keyframe intervals sent a picture
        conf.line("wait_video on;");
        // a stalled (not disconnected) encoder ends its publish after 2 s without data
        conf.line("drop_idle_publisher 2s;");
        conf.line("on_publish " + s.callback(protocol, "on_publish") + ";");
        conf.line("on_publish_done " + s.callback(protocol, "on_publish_done") + ";");
        // players read the edges; only our own transcoder pulls the stream (rtmp://127.0.0.1)
        conf.line("allow play 127.0.0.1;");
        conf.line("deny play all;");
        conf.close();
        conf.close();
    }

    /**
     * RTMPS: TLS 1.2 and 1.3 with forward-secret AEAD ciphers only (Mozilla's "intermediate" list),
     * terminated here and passed on to nginx-rtmp over loopback with a PROXY protocol header. The
     * certificate is named through a variable, which makes nginx read the file at every handshake:
     * a renewed certificate is used from the next connection on without a reload (a reload would
     * strand running publishes in the old nginx-rtmp worker). Certificate and key share one file, so
     * no handshake sees a new certificate with an old key. One address gets at most
     * {@link #RTMPS_CONNECTIONS_PER_CLIENT} connections at a time: a flood of idle TLS connections
     * (each held up to the handshake timeout) cannot use up the worker's connections for others.
     */
    private void tls(NginxSettings s, SecureListeners secure) {
        conf.open("stream");
        conf.open("map $server_port $ingest_certificate");
        conf.line("default " + secure.certificate().toAbsolutePath() + ";");
        conf.close();
        conf.line("limit_conn_zone $binary_remote_addr zone=rtmps_clients:1m;");
        conf.open("server");
        conf.line("listen " + (s.rtmpListenAddress().isEmpty() ? String.valueOf(secure.rtmpsPort())
                : NginxConfText.hostPort(s.rtmpListenAddress(), secure.rtmpsPort())) + " ssl;");
        conf.line("ssl_certificate $ingest_certificate;");
        conf.line("ssl_certificate_key $ingest_certificate;");
        conf.line("ssl_protocols TLSv1.2 TLSv1.3;");
        conf.line("ssl_ciphers " + String.join(":", CIPHERS) + ";");
        conf.line("ssl_prefer_server_ciphers off;");
        conf.line("ssl_handshake_timeout 10s;");
        conf.line("limit_conn rtmps_clients " + RTMPS_CONNECTIONS_PER_CLIENT + ";");
        conf.line("proxy_pass " + NginxSettings.LOOPBACK + ":" + secure.rtmpsRelayPort() + ";");
        conf.line("proxy_protocol on;");
        conf.line("proxy_connect_timeout 2s;");
        conf.close();
        conf.close();
    }

    /**
     * Concurrent RTMPS connections per client address: one per content and entrypoint plus reconnects,
     * for a venue sending several contents from one line (an account has up to a few dozen slots).
     */
    static final int RTMPS_CONNECTIONS_PER_CLIENT = 32;

    /** TLS 1.2's ECDHE suites with AES-GCM or ChaCha20-Poly1305; TLS 1.3's own suites are all of that kind. */
    static final List<String> CIPHERS = List.of("ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
            "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305",
            "ECDHE-RSA-CHACHA20-POLY1305");

    /** nginx binds [::] IPv6-only, so only these two include 127.0.0.1. */
    private static boolean coversLoopback(String address) {
        return address.equals("0.0.0.0") || address.equals(NginxSettings.LOOPBACK);
    }


    private void localOnly(String block, String directive) {
        conf.open(block);
        conf.line(directive);
        conf.line("allow 127.0.0.1;");
        conf.line("deny all;");
        conf.close();
    }



}
