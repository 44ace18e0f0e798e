package com.example.backupingest.monitor.entrypoint;

import java.util.List;

/**
 * Writes nginx.conf for one entrypoint: nginx-rtmp ingest with on_publish callbacks, and an HTTP
 * origin serving HLS, /stat and /control (the latter two for localhost only). Players never touch
 * the ingest server: RTMP {@code play} is for the local transcoder only (it reads
 * rtmp://127.0.0.1), and {@code /hls/} answers only the addresses of {@link NginxSettings#originAllow()}
 * on {@link NginxSettings#originListenAddress()}.
 */
public final class NginxConfBuilder {

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
        if (s.user() != null) {
            conf.line("user " + s.user() + ";");
        }
        // one worker: nginx-rtmp keeps live streams per worker, players and publisher must meet
        conf.foreground(work, "1", 512);
        conf.open("rtmp");
        conf.open("server");
        conf.line("listen " + (s.rtmpListenAddress().isEmpty() ? String.valueOf(s.rtmpPort())
                : NginxConfText.hostPort(s.rtmpListenAddress(), s.rtmpPort())) + ";");
        // a publisher that stops answering pings is dropped within ~3 s instead of the 1.5 min default
        conf.line("ping 2s;");
        conf.line("ping_timeout 1s;");
        conf.line("timeout 10s;");
        conf.open("application live");
        conf.line("live on;");
        conf.line("record off;");
        conf.line("idle_streams off;");
        // a stalled (not disconnected) encoder ends its publish after 2 s without data
        conf.line("drop_idle_publisher 2s;");
        conf.line("on_publish " + s.callback("on_publish") + ";");
        conf.line("on_publish_done " + s.callback("on_publish_done") + ";");
        // players read the edges; only our own transcoder pulls the stream (rtmp://127.0.0.1)
        conf.line("allow play 127.0.0.1;");
        conf.line("deny play all;");
        conf.close();
        conf.close();
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
