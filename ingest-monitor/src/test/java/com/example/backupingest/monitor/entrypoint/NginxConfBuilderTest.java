package com.example.backupingest.monitor.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NginxConfBuilderTest {

    private final NginxSettings backup = new NginxSettings(Entrypoint.BACKUP, 1936, 8182, Path.of("/srv/b"),
            Path.of("/srv/b/hls"), Path.of("/usr/lib/nginx/modules/ngx_rtmp_module.so"),
            URI.create("http://127.0.0.1:9000"), null);

    @Test
    void configuration_runs_rtmp_ingest_with_callbacks_and_an_http_origin() {
        assertThat(NginxConfBuilder.lines(backup)).containsExactly(
                "load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;",
                "daemon off;",
                "master_process on;",
                "worker_processes 1;",
                "pid /srv/b/nginx.pid;",
                "error_log /srv/b/error.log warn;",
                "events {",
                "    worker_connections 512;",
                "}",
                "rtmp {",
                "    server {",
                "        listen 1936;",
                "        ping 2s;",
                "        ping_timeout 1s;",
                "        timeout 10s;",
                "        application live {",
                "            live on;",
                "            record off;",
                "            idle_streams off;",
                "            wait_video on;",
                "            drop_idle_publisher 2s;",
                "            on_publish http://127.0.0.1:9000/monitor/rtmp/B/on_publish;",
                "            on_publish_done http://127.0.0.1:9000/monitor/rtmp/B/on_publish_done;",
                "            allow play 127.0.0.1;",
                "            deny play all;",
                "        }",
                "    }",
                "}",
                "http {",
                "    access_log off;",
                "    client_body_temp_path /srv/b/tmp/client_body;",
                "    proxy_temp_path /srv/b/tmp/proxy;",
                "    fastcgi_temp_path /srv/b/tmp/fastcgi;",
                "    uwsgi_temp_path /srv/b/tmp/uwsgi;",
                "    scgi_temp_path /srv/b/tmp/scgi;",
                "    types {",
                "        application/vnd.apple.mpegurl m3u8;",
                "        video/mp2t ts;",
                "    }",
                "    server {",
                "        listen 127.0.0.1:8182;",
                "        location /hls/ {",
                "            alias /srv/b/hls/;",
                "            add_header Cache-Control no-cache;",
                "            add_header Access-Control-Allow-Origin *;",
                "            allow 127.0.0.1;",
                "            deny all;",
                "        }",
                "        location /stat {",
                "            rtmp_stat all;",
                "            allow 127.0.0.1;",
                "            deny all;",
                "        }",
                "        location /control {",
                "            rtmp_control all;",
                "            allow 127.0.0.1;",
                "            deny all;",
                "        }",
                "    }",
                "}");
    }

    @Test
    void an_ingest_host_listens_on_all_interfaces_and_serves_hls_only_to_the_allowed_edges() {
        List<String> lines = NginxConfBuilder.lines(backup.withOrigin("0.0.0.0", List.of("172.30.2.128/25", "10.0.0.7")));
        int server = lines.lastIndexOf("    server {"); // the HTTP one, after rtmp's
        assertThat(lines.subList(server, server + 10)).containsExactly(
                "    server {",
                "        listen 0.0.0.0:8182;",
                "        location /hls/ {",
                "            alias /srv/b/hls/;",
                "            add_header Cache-Control no-cache;",
                "            add_header Access-Control-Allow-Origin *;",
                "            allow 172.30.2.128/25;",
                "            allow 10.0.0.7;",
                "            deny all;",
                "        }");
        // /stat and /control stay loopback-only whatever the allow list says
        assertThat(lines).containsSubsequence("        location /control {", "            rtmp_control all;",
                "            allow 127.0.0.1;", "            deny all;", "        }");
    }

    @Test
    void an_origin_bound_to_one_interface_also_listens_on_loopback_for_the_monitor_itself() {
        assertThat(NginxConfBuilder.lines(backup.withOrigin("10.1.2.3", List.of("10.1.2.0/24"))))
                .containsSubsequence("        listen 10.1.2.3:8182;", "        listen 127.0.0.1:8182;");
        assertThat(NginxConfBuilder.lines(backup.withOrigin("fd00::5", List.of("fd00::/64"))))
                .containsSubsequence("        listen [fd00::5]:8182;", "        listen 127.0.0.1:8182;",
                        "            allow fd00::/64;");
    }

    @Test
    void rtmp_listens_on_one_address_when_told_so_as_the_demo_does_on_loopback() {
        NginxSettings demo = new NginxSettings(Entrypoint.BACKUP, 1936, 8182, Path.of("/srv/b"), Path.of("/srv/b/hls"),
                Path.of("/m.so"), URI.create("http://127.0.0.1:9000"), null, "127.0.0.1", List.of("127.0.0.1"),
                "127.0.0.1");
        assertThat(NginxConfBuilder.lines(demo)).contains("        listen 127.0.0.1:1936;")
                .doesNotContain("        listen 1936;");
        assertThat(NginxConfBuilder.lines(demo.withOrigin("0.0.0.0", List.of("10.0.0.7"))))
                .as("the address survives the other withers").contains("        listen 127.0.0.1:1936;");
        assertThatThrownBy(() -> new NginxSettings(Entrypoint.BACKUP, 1936, 8182, Path.of("/srv/b"),
                Path.of("/srv/b/hls"), Path.of("/m.so"), URI.create("http://127.0.0.1:9000"), null, "127.0.0.1",
                List.of("127.0.0.1"), "localhost; deny all")).hasMessageContaining("monitor.rtmp-listen-address");
    }

    @Test
    void an_allow_list_entry_that_is_no_address_never_reaches_nginx_conf() {
        assertThatThrownBy(() -> backup.withOrigin("0.0.0.0", List.of("10.0.0.0/8; deny none")))
                .hasMessageContaining("monitor.origin-allow").hasMessageContaining("10.0.0.0/8; deny none");
        assertThatThrownBy(() -> backup.withOrigin("0.0.0.0", List.of("all")))
                .hasMessageContaining("monitor.origin-allow");
        assertThatThrownBy(() -> backup.withOrigin("0.0.0.0", List.of())).hasMessageContaining("monitor.origin-allow");
        assertThatThrownBy(() -> backup.withOrigin("localhost", List.of("127.0.0.1")))
                .hasMessageContaining("monitor.origin-listen-address");
    }

    @Test
    void workers_run_as_the_monitor_user_when_one_is_given() {
        List<String> lines = NginxConfBuilder.lines(new NginxSettings(Entrypoint.PRIMARY, 1935, 8181,
                Path.of("/w"), Path.of("/w/hls"), Path.of("/m.so"), URI.create("http://127.0.0.1:1"), "root"));
        assertThat(lines.subList(0, 3)).containsExactly("load_module /m.so;", "user root;", "daemon off;");
        assertThat(lines).contains("            on_publish http://127.0.0.1:1/monitor/rtmp/A/on_publish;");
    }

    @Test
    void nginx_runs_in_the_foreground_with_its_own_prefix_and_quits_with_the_same_files() {
        NginxCommands commands = new NginxCommands("/usr/sbin/nginx", backup);
        assertThat(commands.run()).containsExactly("/usr/sbin/nginx", "-p", "/srv/b/", "-e", "/srv/b/error.log",
                "-c", "/srv/b/nginx.conf");
        assertThat(commands.quit()).containsExactly("/usr/sbin/nginx", "-p", "/srv/b/", "-e", "/srv/b/error.log",
                "-c", "/srv/b/nginx.conf", "-s", "quit");
    }

    @Test
    void rtmps_and_srt_get_a_tls_terminator_and_an_rtmp_server_each_with_callbacks_naming_the_protocol() {
        NginxSettings secure = backup.withSecure(new SecureListeners(1946, 31001, 31002, 31003,
                Path.of("/usr/lib/nginx/modules/ngx_stream_module.so"), Path.of("/srv/tls/ingest.pem")));
        List<String> lines = NginxConfBuilder.lines(secure);
        assertThat(lines.subList(0, 2)).containsExactly("load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;",
                "load_module /usr/lib/nginx/modules/ngx_stream_module.so;");
        int stream = lines.indexOf("stream {");
        assertThat(lines.subList(stream, stream + 20)).containsExactly(
                "stream {",
                "    map $server_port $ingest_certificate {",
                "        default /srv/tls/ingest.pem;",
                "    }",
                "    limit_conn_zone $binary_remote_addr zone=rtmps_clients:1m;",
                "    server {",
                "        listen 1946 ssl;",
                "        ssl_certificate $ingest_certificate;",
                "        ssl_certificate_key $ingest_certificate;",
                "        ssl_protocols TLSv1.2 TLSv1.3;",
                "        ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                        + "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;",
                "        ssl_prefer_server_ciphers off;",
                "        ssl_handshake_timeout 10s;",
                "        limit_conn rtmps_clients 32;",
                "        proxy_pass 127.0.0.1:31001;",
                "        proxy_protocol on;",
                "        proxy_connect_timeout 2s;",
                "    }",
                "}",
                "rtmp {");
        assertThat(lines).containsSubsequence(
                "        listen 1936;",
                "            on_publish http://127.0.0.1:9000/monitor/rtmp/B/on_publish;",
                "        listen 127.0.0.1:31001 proxy_protocol;",
                "        listen 127.0.0.1:31002;",
                "            on_publish http://127.0.0.1:9000/monitor/rtmp/B/rtmps/on_publish;",
                "            on_publish_done http://127.0.0.1:9000/monitor/rtmp/B/rtmps/on_publish_done;",
                "            deny play all;",
                "        listen 127.0.0.1:31003;",
                "            on_publish http://127.0.0.1:9000/monitor/rtmp/B/srt/on_publish;",
                "            deny play all;");
        assertThat(secure.protocols()).containsExactly(IngestProtocol.RTMP, IngestProtocol.RTMPS, IngestProtocol.SRT);
        assertThat(secure.serverIndex(IngestProtocol.SRT)).isEqualTo(2);
        assertThat(secure.rtmpPort(IngestProtocol.RTMPS)).as("the transcoder reads without PROXY header")
                .isEqualTo(31002);
        assertThat(secure.rtmpPort(IngestProtocol.SRT)).isEqualTo(31003);
    }

    @Test
    void srt_alone_needs_no_stream_module_and_keeps_its_server_index_in_order() {
        NginxSettings srtOnly = backup.withSecure(new SecureListeners(0, 0, 0, 31003, Path.of("/stream.so"),
                Path.of("/srv/tls/ingest.pem")));
        assertThat(NginxConfBuilder.lines(srtOnly)).doesNotContain("stream {", "load_module /stream.so;")
                .contains("        listen 127.0.0.1:31003;");
        assertThat(srtOnly.protocols()).containsExactly(IngestProtocol.RTMP, IngestProtocol.SRT);
        assertThat(srtOnly.serverIndex(IngestProtocol.SRT)).isEqualTo(1);
        assertThatThrownBy(() -> srtOnly.serverIndex(IngestProtocol.RTMPS)).hasMessageContaining("RTMPS");
    }
}
