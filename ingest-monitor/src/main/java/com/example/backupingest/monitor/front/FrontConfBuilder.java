package com.example.backupingest.monitor.front;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the front's nginx.conf. A ticketed playlist or segment URL is served from the mirror
 * through the ticket's link ({@code try_files}, {@code sendfile}); without a link (a new ticket, a
 * viewer who left, a file the mirror does not have) the request goes to the Java edge, which decides.
 * Every playlist load nginx serves is reported to the seat log over syslog (loopback UDP).
 */
final class FrontConfBuilder {

    /** The edge's URL shapes, as EdgeController maps them; named captures feed the log and the path. */
    static final String TICKETED = "^/edge/(?<c>[A-Za-z0-9_-]{1,64})/(?<e>[A-Za-z0-9_-]{1,64})/v/"
            + "(?<t>[A-Za-z0-9_~-]{1,400})/(?<r>original|480p|360p)/(?<f>index\\.m3u8|seg-[0-9]{1,18}\\.ts)$";
    static final String TICKETLESS = "^/edge/(?<c>[A-Za-z0-9_-]{1,64})/(?<e>[A-Za-z0-9_-]{1,64})/"
            + "(?<r>original|480p|360p)/(?<f>index\\.m3u8|seg-[0-9]{1,18}\\.ts)$";

    /** Says a response came from the mirror (not from the Java edge behind it): for operators and tests. */
    static final String SERVED_FROM = "X-Served-From";

    private final List<String> lines = new ArrayList<>();
    private int depth;

    static List<String> lines(FrontSettings s) {
        return new FrontConfBuilder().build(s);
    }

    static String text(FrontSettings s) {
        return String.join("\n", lines(s)) + "\n";
    }

    private List<String> build(FrontSettings s) {
        String work = s.workDir().toAbsolutePath().toString();
        String root = s.layout().root().toString();
        if (s.user() != null) {
            line("user " + s.user() + ";");
        }
        line("daemon off;");
        line("master_process on;");
        line("worker_processes " + s.workers() + ";");
        // one socket per viewer, plus the mirror's files
        line("worker_rlimit_nofile 65536;");
        line("pid " + work + "/nginx.pid;");
        line("error_log " + work + "/error.log warn;");
        open("events");
        line("worker_connections 16384;");
        close();
        open("http");
        line("access_log off;");
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            line(temp + "_temp_path " + work + "/tmp/" + temp + ";");
        }
        line("sendfile on;");
        line("tcp_nopush on;");
        line("server_tokens off;");
        // players keep one connection for the whole broadcast
        line("keepalive_timeout 75s;");
        line("keepalive_requests 1000000;");
        line("open_file_cache off;"); // links come and go by the second: always look
        open("types");
        line("application/vnd.apple.mpegurl m3u8;");
        line("video/mp2t ts;");
        close();
        line("default_type application/octet-stream;");
        line("log_format seats '$c $e $t';");
        open("map \"$status:$f\" $seat_load");
        line("\"200:index.m3u8\" 1;");
        line("default 0;");
        close();
        open("map $f $front_cache");
        line("index.m3u8 \"no-cache\";");
        line("default \"max-age=60\";");
        close();
        open("upstream java_edge");
        line("server 127.0.0.1:" + s.edgePort() + ";");
        line("keepalive 32;");
        close();
        open("server");
        line("listen " + hostPort(s.listenAddress(), s.port()) + " backlog=4096;");
        open("location ~ \"" + TICKETED + "\"");
        line("root " + root + ";");
        line("try_files /v/$c/$e/$t/$r/$f @java_edge;");
        line("access_log syslog:server=127.0.0.1:" + s.logPort() + ",nohostname,tag=" + SeatLog.TAG
                + " seats if=$seat_load;");
        mirrorHeaders();
        close();
        if (s.ticketless()) {
            open("location ~ \"" + TICKETLESS + "\"");
            line("root " + root + ";");
            line("try_files /edges/$c/$e/$r/$f @java_edge;");
            mirrorHeaders();
            close();
        }
        open("location /");
        proxy();
        close();
        open("location @java_edge");
        proxy();
        close();
        close();
        close();
        return List.copyOf(lines);
    }

    /** Like the Java edge's: playlists no-cache, segments a minute, open to any origin. */
    private void mirrorHeaders() {
        line("add_header Cache-Control $front_cache always;");
        line("add_header Access-Control-Allow-Origin * always;");
        line("add_header " + SERVED_FROM + " mirror always;");
    }

    private void proxy() {
        line("proxy_pass http://java_edge;");
        line("proxy_http_version 1.1;");
        line("proxy_set_header Connection \"\";");
        line("proxy_set_header Host $http_host;");
        line("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
        // the monitor's event stream (SSE) must not wait in a buffer
        line("proxy_buffering off;");
        line("proxy_read_timeout 1h;");
    }

    private static String hostPort(String address, int port) {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
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
