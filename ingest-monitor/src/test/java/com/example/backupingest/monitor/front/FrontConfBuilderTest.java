package com.example.backupingest.monitor.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontConfBuilderTest {

    private static FrontSettings settings(boolean ticketless) {
        return new FrontSettings(new FrontLayout(Path.of("/srv/front")), Path.of("/srv/front/nginx"), "0.0.0.0", 8091,
                38080, 39999, "auto", null, ticketless, List.of());
    }

    @Test
    void ticketed_playlists_and_segments_are_served_from_the_ticket_link_else_by_the_java_edge() {
        List<String> lines = FrontConfBuilder.lines(settings(false)).stream().map(String::strip).toList();

        assertThat(lines).containsSubsequence("location ~ \"" + FrontConfBuilder.TICKETED + "\" {",
                "root /srv/front;", "try_files /v/$c/$e/$t/$remote_addr/$r/$f @java_edge;");
        assertThat(lines).contains("sendfile on;", "listen 0.0.0.0:8091 backlog=4096;", "server 127.0.0.1:38080;",
                "keepalive_requests 1000000;", "open_file_cache off;");
        assertThat(lines).doesNotContain("location ~ \"" + FrontConfBuilder.TICKETLESS + "\" {");
    }

    @Test
    void only_playlist_loads_nginx_served_are_reported_to_the_seat_log() {
        List<String> lines = FrontConfBuilder.lines(settings(false)).stream().map(String::strip).toList();

        assertThat(lines).contains("log_format seats '$c $e $t $remote_addr';",
                "access_log syslog:server=127.0.0.1:39999,nohostname,tag=front seats if=$seat_load;");
        assertThat(lines).containsSubsequence("map \"$status:$f\" $seat_load {", "\"200:index.m3u8\" 1;", "default 0;");
        assertThat(lines.stream().filter(l -> l.startsWith("access_log syslog"))).hasSize(1);
    }

    @Test
    void other_player_paths_go_to_the_java_edge_and_everything_else_is_404() {
        List<String> lines = FrontConfBuilder.lines(settings(false)).stream().map(String::strip).toList();

        assertThat(lines).containsSubsequence("location @java_edge {", "proxy_pass http://java_edge;",
                "proxy_http_version 1.1;", "proxy_set_header Connection \"\";", "proxy_set_header Host $http_host;",
                "proxy_set_header X-Forwarded-For $remote_addr;", "proxy_buffering off;");
        assertThat(lines).containsSubsequence("location /edge/ {", "if ($request_uri ~ \"[;%]|/\\.\") {",
                "return 404;", "}", "proxy_pass http://java_edge;");
        assertThat(lines).containsSubsequence("location = /actuator/health/readiness {", "limit_except GET { deny all; }",
                "proxy_set_header Authorization \"\";", "proxy_pass http://java_edge;");
        assertThat(lines).containsSubsequence("location / {", "return 404;", "}");
        assertThat(lines.stream().filter(l -> l.equals("proxy_pass http://java_edge;"))).as("/edge/, health, @java_edge")
                .hasSize(3);
    }

    @Test
    void the_client_is_the_peer_unless_a_trusted_load_balancer_names_it() {
        List<String> direct = FrontConfBuilder.lines(settings(false)).stream().map(String::strip).toList();
        assertThat(direct).noneMatch(l -> l.startsWith("set_real_ip_from") || l.startsWith("real_ip_header"));

        FrontSettings behind = new FrontSettings(new FrontLayout(Path.of("/srv/front")), Path.of("/srv/front/nginx"),
                "0.0.0.0", 8091, 38080, 39999, "auto", null, false, List.of("10.0.0.0/8", "192.0.2.10"));
        List<String> lines = FrontConfBuilder.lines(behind).stream().map(String::strip).toList();
        assertThat(lines).containsSubsequence("set_real_ip_from 10.0.0.0/8;", "set_real_ip_from 192.0.2.10;",
                "real_ip_header X-Forwarded-For;", "real_ip_recursive on;");
    }

    @Test
    void trusted_proxies_are_addresses_or_ranges_only() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new FrontProperties(true,
                0, "0.0.0.0", null, 0, 16, java.time.Duration.ofSeconds(1), "auto", List.of("10.0.0.1; include /etc")));
    }

    @Test
    void ticketless_urls_are_served_from_the_edge_folder_only_where_tickets_are_not_required() {
        List<String> lines = FrontConfBuilder.lines(settings(true)).stream().map(String::strip).toList();

        assertThat(lines).containsSubsequence("location ~ \"" + FrontConfBuilder.TICKETLESS + "\" {",
                "root /srv/front;", "try_files /edges/$c/$e/$r/$f @java_edge;");
    }

    @Test
    void workers_run_as_root_only_when_asked_to() {
        FrontSettings root = new FrontSettings(new FrontLayout(Path.of("/srv/front")), Path.of("/srv/front/nginx"),
                "127.0.0.1", 8091, 38080, 39999, "2", "root", false, List.of());

        assertThat(FrontConfBuilder.lines(root)).startsWith("user root;", "daemon off;");
        assertThat(FrontConfBuilder.lines(root)).contains("worker_processes 2;");
        assertThat(FrontConfBuilder.lines(settings(false))).noneMatch(l -> l.startsWith("user "));
    }
}
