package com.example.backupingest.monitor.entrypoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes nginx.conf for one entrypoint: nginx-rtmp ingest with on_publish callbacks, and an HTTP
 * origin serving HLS, /stat and /control (the latter two for localhost only). Players never touch
 * the ingest server: RTMP {@code play} is for the local transcoder only (it reads
 * rtmp://127.0.0.1), and {@code /hls/} answers only the addresses of {@link NginxSettings#originAllow()}
 * on {@link NginxSettings#originListenAddress()}.
 */
public final class NginxConfBuilder {

    private final List<String> lines = new ArrayList<>();
    private int depth;

    public static List<String> lines(NginxSettings s) {
        return new NginxConfBuilder().build(s);
    }

    public static String text(NginxSettings s) {
        return String.join("\n", lines(s)) + "\n";
    }

    private List<String> build(NginxSettings s) {
        String work = s.workDir().toAbsolutePath().toString();
        line("load_module " + s.rtmpModule() + ";");
        if (s.user() != null) {
            line("user " + s.user() + ";");
        }
        line("daemon off;");
        line("master_process on;");
        // one worker: nginx-rtmp keeps live streams per worker, players and publisher must meet
        line("worker_processes 1;");
        line("pid " + work + "/nginx.pid;");
        line("error_log " + work + "/error.log warn;");
        open("events");
        line("worker_connections 512;");
        close();
        open("rtmp");
        open("server");
        line("listen " + s.rtmpPort() + ";");
        // a publisher that stops answering pings is dropped within ~3 s instead of the 1.5 min default
        line("ping 2s;");
        line("ping_timeout 1s;");
        line("timeout 10s;");
        open("application live");
        line("live on;");
        line("record off;");
        line("idle_streams off;");
        // a stalled (not disconnected) encoder ends its publish after 2 s without data
        line("drop_idle_publisher 2s;");
        line("on_publish " + s.callback("on_publish") + ";");
        line("on_publish_done " + s.callback("on_publish_done") + ";");
        // players read the edges; only our own transcoder pulls the stream (rtmp://127.0.0.1)
        line("allow play 127.0.0.1;");
        line("deny play all;");
        close();
        close();
        close();
        open("http");
        line("access_log off;");
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            line(temp + "_temp_path " + work + "/tmp/" + temp + ";");
        }
        open("types");
        line("application/vnd.apple.mpegurl m3u8;");
        line("video/mp2t ts;");
        close();
        open("server");
        line("listen " + hostPort(s.originListenAddress(), s.originHttpPort()) + ";");
        if (!coversLoopback(s.originListenAddress())) {
            // /stat, /control and the monitor's own port check use the loopback address
            line("listen " + NginxSettings.LOOPBACK + ":" + s.originHttpPort() + ";");
        }
        open("location /hls/");
        line("alias " + s.hlsRoot().toAbsolutePath() + "/;");
        line("add_header Cache-Control no-cache;");
        line("add_header Access-Control-Allow-Origin *;");
        // only edges: everybody else gets 403
        s.originAllow().forEach(address -> line("allow " + address + ";"));
        line("deny all;");
        close();
        localOnly("location /stat", "rtmp_stat all;");
        localOnly("location /control", "rtmp_control all;");
        close();
        close();
        return List.copyOf(lines);
    }

    /** nginx binds [::] IPv6-only, so only these two include 127.0.0.1. */
    private static boolean coversLoopback(String address) {
        return address.equals("0.0.0.0") || address.equals(NginxSettings.LOOPBACK);
    }

    private static String hostPort(String address, int port) {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }

    private void localOnly(String block, String directive) {
        open(block);
        line(directive);
        line("allow 127.0.0.1;");
        line("deny all;");
        close();
    }

    private void open(String block) {
        line(block + " {");
        depth++;
    }

    private void close() {
        depth--;
        line("}");
    }

    private void line(String text) {
        lines.add("    ".repeat(depth) + text);
    }
}
