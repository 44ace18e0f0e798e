package com.example.backupingest.monitor.front;

import com.example.backupingest.monitor.nginx.NginxConfText;
import java.util.List;

/**
 * Writes the front's nginx.conf. A ticketed playlist or segment URL is served from the mirror
 * through the ticket's link ({@code try_files}, {@code sendfile}); without a link (a new ticket, a
 * viewer who left, a file the mirror does not have) the request goes to the Java edge, which decides.
 * Every playlist load nginx serves is reported to the seat log over syslog (loopback UDP), with the
 * client's address; links are per ticket and client address, so nginx serves a ticket only to the
 * client the gate bound it to. The front is the public port: it answers the player paths
 * ({@code /edge/**}) and one health probe ({@link #HEALTH}), everything else is 404 there (the monitor
 * API, actuator and the rest of the Java edge stay on its internal port).
 */
final class FrontConfBuilder {

    /** The edge's URL shapes, as EdgeController maps them; named captures feed the log and the path. */
    static final String TICKETED = "^/edge/(?<c>[A-Za-z0-9_-]{1,64})/(?<e>[A-Za-z0-9_-]{1,64})/v/"
            + "(?<t>[A-Za-z0-9_~-]{1,400})/(?<r>original|480p|360p)/(?<f>index\\.m3u8|seg-[0-9]{1,18}\\.ts)$";
    static final String TICKETLESS = "^/edge/(?<c>[A-Za-z0-9_-]{1,64})/(?<e>[A-Za-z0-9_-]{1,64})/"
            + "(?<r>original|480p|360p)/(?<f>index\\.m3u8|seg-[0-9]{1,18}\\.ts)$";

    /** The load balancer's probe: the Java edge's readiness (UP only while this front serves), without details. */
    static final String HEALTH = "/actuator/health/readiness";

    /**
     * Player URLs never hold these; nginx matches locations on the normalised path but hands Tomcat the
     * raw one, which Tomcat would normalise once more ({@code /edge/..;/monitor/api/...}).
     */
    static final String NOT_A_PLAYER_PATH = "[;%]|/\\.";

    /** Says a response came from the mirror (not from the Java edge behind it): for operators and tests. */
    static final String SERVED_FROM = "X-Served-From";

    private final NginxConfText conf = new NginxConfText();

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
            conf.line("user " + s.user() + ";");
        }
        conf.foreground(work, s.workers(), 16384);
        // one socket per viewer, plus the mirror's files
        conf.line("worker_rlimit_nofile 65536;");
        conf.open("http");
        conf.line("access_log off;");
        conf.tempPaths(work);
        conf.line("sendfile on;");
        conf.line("tcp_nopush on;");
        conf.line("server_tokens off;");
        // players keep one connection for the whole broadcast
        conf.line("keepalive_timeout 75s;");
        conf.line("keepalive_requests 1000000;");
        conf.line("open_file_cache off;"); // links come and go by the second: always look
        conf.open("types");
        conf.line("application/vnd.apple.mpegurl m3u8;");
        conf.line("video/mp2t ts;");
        conf.close();
        conf.line("default_type application/octet-stream;");
        conf.line("log_format seats '$c $e $t $remote_addr';");
        conf.open("map \"$status:$f\" $seat_load");
        conf.line("\"200:index.m3u8\" 1;");
        conf.line("default 0;");
        conf.close();
        conf.open("map $f $front_cache");
        conf.line("index.m3u8 \"no-cache\";");
        conf.line("default \"max-age=60\";");
        conf.close();
        conf.open("upstream java_edge");
        conf.line("server 127.0.0.1:" + s.edgePort() + ";");
        conf.line("keepalive 32;");
        conf.close();
        conf.open("server");
        conf.line("listen " + NginxConfText.hostPort(s.listenAddress(), s.port()) + " backlog=4096;");
        if (!s.trustedProxies().isEmpty()) {
            // the client behind a trusted load balancer: the rightmost address it did not add itself
            s.trustedProxies().forEach(proxy -> conf.line("set_real_ip_from " + proxy + ";"));
            conf.line("real_ip_header X-Forwarded-For;");
            conf.line("real_ip_recursive on;");
        }
        conf.open("location ~ \"" + TICKETED + "\"");
        conf.line("root " + root + ";");
        // the link of this ticket for this client only: a copied ticket falls through to Java, which refuses it
        conf.line("try_files /v/$c/$e/$t/$remote_addr/$r/$f @java_edge;");
        conf.line("access_log syslog:server=127.0.0.1:" + s.logPort() + ",nohostname,tag=" + SeatLog.TAG
                + " seats if=$seat_load;");
        mirrorHeaders();
        conf.close();
        if (s.ticketless()) {
            conf.open("location ~ \"" + TICKETLESS + "\"");
            conf.line("root " + root + ";");
            conf.line("try_files /edges/$c/$e/$r/$f @java_edge;");
            mirrorHeaders();
            conf.close();
        }
        conf.open("location /edge/");
        conf.open("if ($request_uri ~ \"" + NOT_A_PLAYER_PATH + "\")");
        conf.line("return 404;");
        conf.close();
        proxy();
        conf.close();
        conf.open("location = " + HEALTH);
        conf.line("limit_except GET { deny all; }");
        // no operator credentials through the public port: the probe gets the bare status
        conf.line("proxy_set_header Authorization \"\";");
        proxy();
        conf.close();
        conf.open("location /");
        conf.line("return 404;");
        conf.close();
        // not the 301 to /edge/ nginx would give a prefix location with proxy_pass
        conf.open("location = /edge");
        conf.line("return 404;");
        conf.close();
        conf.open("location @java_edge");
        proxy();
        conf.close();
        conf.close();
        conf.close();
        return conf.lines();
    }

    /** Like the Java edge's: playlists no-cache, segments a minute, open to any origin. */
    private void mirrorHeaders() {
        conf.line("add_header Cache-Control $front_cache always;");
        conf.line("add_header Access-Control-Allow-Origin * always;");
        conf.line("add_header " + SERVED_FROM + " mirror always;");
    }

    private void proxy() {
        conf.line("proxy_pass http://java_edge;");
        conf.line("proxy_http_version 1.1;");
        conf.line("proxy_set_header Connection \"\";");
        conf.line("proxy_set_header Host $http_host;");
        // the client nginx resolved, replacing whatever the client sent: Java believes this header from nginx only
        conf.line("proxy_set_header X-Forwarded-For $remote_addr;");
        // the monitor's event stream (SSE) must not wait in a buffer
        conf.line("proxy_buffering off;");
        conf.line("proxy_read_timeout 1h;");
    }




}
