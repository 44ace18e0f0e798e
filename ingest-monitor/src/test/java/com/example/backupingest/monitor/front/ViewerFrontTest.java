package com.example.backupingest.monitor.front;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.pipeline.RunningMonitor;
import com.example.backupingest.monitor.pipeline.TestEncoder;
import com.example.backupingest.monitor.testing.MonitorApiAccess;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.TicketKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * nginx in front of the edges (monitor.front.enabled), with the real pipeline: nginx-rtmp, ffmpeg,
 * the Java edge and the front's nginx. Playlists and segments of an admitted ticket come from nginx,
 * its playlist loads keep the seat (the seat log), a viewer who left is refused by the Java edge.
 * The attacker's side: a ticket copied to another client (127.0.0.2), a forged client-address header,
 * forged tickets and tickets of another key, expired and replayed preview tickets.
 */
class ViewerFrontTest {

    private static final String KEY = "frontTestKey42";
    private static final String CONTENT = "front1";

    private static RunningMonitor monitor;
    private static TestEncoder encoder;
    private static int front;
    /** The portal's side: the monitor gets only the public key. */
    private static final TicketIssuer tickets = TicketIssuer.random(Clock.systemUTC());
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Another client on the same loopback (Linux routes all of 127/8 to lo; the socket is bound to it). */
    private static final HttpClient other = client("127.0.0.2");

    @BeforeAll
    static void aLiveContentBehindTheFront() throws Exception {
        front = RunningMonitor.freePort();
        monitor = new RunningMonitor(Map.of(KEY, "7:" + CONTENT + ":A:1"), "--monitor.front.enabled=true",
                "--monitor.front.port=" + front, "--monitor.front.listen-address=127.0.0.1",
                "--monitor.viewers.require-ticket=true",
                "--monitor.viewers.ticket-public-key=" + TicketKeys.text(tickets.publicKey()),
                "--monitor.viewers.release-after=4s");
        encoder = TestEncoder.publish(monitor.rtmpPort(Entrypoint.PRIMARY), KEY, "320x180", 15);
        String probe = tickets.issue(CONTENT, "edge-1", "probe", TicketKind.PREVIEW);
        await("the front listing 3 segments", Duration.ofSeconds(60), () -> {
            HttpResponse<String> media = get(front, ticketed(probe, "480p/index.m3u8"));
            return media.statusCode() == 200 && media.body().split("seg-").length > 3;
        });
    }

    @AfterAll
    static void stop() throws Exception {
        if (encoder != null) {
            encoder.close();
        }
        if (monitor != null) {
            monitor.close();
        }
    }

    @Test
    void an_admitted_viewers_playlists_and_segments_come_from_nginx_with_the_same_bytes_the_java_edge_serves()
            throws Exception {
        String ticket = tickets.issue(CONTENT, "edge-1", "viewer-a", TicketKind.VIEWER);

        HttpResponse<String> master = get(front, ticketed(ticket, "master.m3u8"));
        assertThat(master.statusCode()).isEqualTo(200);
        assertThat(master.body()).contains("480p/index.m3u8");
        assertThat(master.headers().firstValue("X-Served-From")).as("the master comes from Java").isEmpty();

        HttpResponse<String> media = get(front, ticketed(ticket, "480p/index.m3u8"));
        assertThat(media.statusCode()).isEqualTo(200);
        assertThat(media.headers().firstValue("X-Served-From")).hasValue("mirror");
        assertThat(media.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(media.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(media.headers().firstValue("Content-Type")).hasValue("application/vnd.apple.mpegurl");
        List<String> segments = media.body().lines().filter(line -> line.startsWith("seg-")).toList();
        String newest = segments.getLast();

        HttpResponse<byte[]> fromNginx = bytes(front, ticketed(ticket, "480p/" + newest));
        HttpResponse<byte[]> fromJava = bytes(monitor.httpPort(), ticketed(ticket, "480p/" + newest));
        assertThat(fromNginx.statusCode()).isEqualTo(200);
        assertThat(fromNginx.headers().firstValue("X-Served-From")).hasValue("mirror");
        assertThat(fromNginx.headers().firstValue("Content-Type")).hasValue("video/mp2t");
        assertThat(fromNginx.body().length).isGreaterThan(1000);
        assertThat(fromNginx.body()).isEqualTo(fromJava.body());
    }

    @Test
    void playlist_loads_served_by_nginx_keep_the_seat_and_a_viewer_who_stops_loading_is_refused() throws Exception {
        ViewerGate gate = monitor.bean(ViewerGate.class);
        String ticket = tickets.issue(CONTENT, "edge-1", "viewer-b", TicketKind.VIEWER);
        assertThat(get(front, ticketed(ticket, "master.m3u8")).statusCode()).isEqualTo(200);

        // 7 s of loads, all answered by nginx: longer than release-after (4 s), so only the seat log kept the seat
        Instant until = Instant.now().plusSeconds(7);
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> media = get(front, ticketed(ticket, "360p/index.m3u8"));
            assertThat(media.statusCode()).isEqualTo(200);
            assertThat(media.headers().firstValue("X-Served-From")).hasValue("mirror");
            Thread.sleep(1000); // a player's reload rhythm through the whole window
        }
        assertThat(gate.stillAdmitted(ticket, CONTENT, "edge-1", "127.0.0.1")).isTrue();
        assertThat(gate.activeViewers(CONTENT, "edge-1")).isGreaterThanOrEqualTo(1);

        // the player goes away: after release-after and a sweep, the same URL reaches Java and is refused
        Thread.sleep(6_000);
        HttpResponse<String> late = get(front, ticketed(ticket, "360p/index.m3u8"));
        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(late.headers().firstValue("X-Served-From")).as("refused by the Java edge").isEmpty();
    }

    @Test
    void forged_tickets_and_ticketless_urls_are_refused() throws Exception {
        String forged = TicketIssuer.random(Clock.systemUTC()).issue(CONTENT, "edge-1", "mallory", TicketKind.VIEWER);
        assertThat(get(front, ticketed(forged, "480p/index.m3u8")).statusCode()).isEqualTo(403);
        assertThat(get(front, ticketed(forged, "master.m3u8")).statusCode()).isEqualTo(403);
        assertThat(get(front, "/edge/" + CONTENT + "/edge-1/480p/index.m3u8").statusCode()).isEqualTo(403);
        String otherEdge = tickets.issue(CONTENT, "edge-2", "viewer-c", TicketKind.VIEWER);
        assertThat(get(front, "/edge/" + CONTENT + "/edge-1/v/" + otherEdge + "/480p/index.m3u8").statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_ticket_copied_to_a_second_client_is_refused_there_while_its_player_plays_on_from_nginx() throws Exception {
        String ticket = tickets.issue(CONTENT, "edge-1", "viewer-copied", TicketKind.VIEWER);
        assertThat(get(front, ticketed(ticket, "master.m3u8")).statusCode()).isEqualTo(200);
        assertThat(get(front, ticketed(ticket, "480p/index.m3u8")).headers().firstValue("X-Served-From"))
                .hasValue("mirror");

        // the copy: the very URLs, from 127.0.0.2, while the first player keeps loading
        for (String file : List.of("master.m3u8", "480p/index.m3u8", "360p/index.m3u8")) {
            HttpResponse<String> copy = get(other, front, ticketed(ticket, file));
            assertThat(copy.statusCode()).as(file).isEqualTo(403);
            assertThat(copy.headers().firstValue("X-Served-From")).as("not from the mirror").isEmpty();
        }
        String segment = get(front, ticketed(ticket, "480p/index.m3u8")).body().lines()
                .filter(line -> line.startsWith("seg-")).reduce((a, b) -> b).orElseThrow();
        assertThat(bytes(other, front, ticketed(ticket, "480p/" + segment)).statusCode()).isEqualTo(403);
        assertThat(bytes(other, monitor.httpPort(), ticketed(ticket, "480p/" + segment)).statusCode())
                .as("the Java edge directly").isEqualTo(403);

        HttpResponse<String> original = get(front, ticketed(ticket, "480p/index.m3u8"));
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("X-Served-From")).hasValue("mirror");
        assertThat(bytes(http, front, ticketed(ticket, "480p/" + segment)).statusCode()).isEqualTo(200);
        assertThat(monitor.bean(ViewerGate.class).activeViewers(CONTENT, "edge-1")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_forged_client_address_header_does_not_make_a_copy_pass() throws Exception {
        String ticket = tickets.issue(CONTENT, "edge-1", "viewer-spoofed", TicketKind.VIEWER);
        assertThat(get(front, ticketed(ticket, "master.m3u8")).statusCode()).isEqualTo(200);

        HttpRequest spoofed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front
                + ticketed(ticket, "480p/index.m3u8"))).header("X-Forwarded-For", "127.0.0.1")
                .timeout(Duration.ofSeconds(5)).build();
        assertThat(other.send(spoofed, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        HttpRequest direct = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + monitor.httpPort()
                + ticketed(ticket, "480p/index.m3u8"))).header("X-Forwarded-For", "127.0.0.1")
                .timeout(Duration.ofSeconds(5)).build();
        assertThat(other.send(direct, HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("the Java edge believes the header from its front only").isEqualTo(403);
    }

    @Test
    void an_expired_preview_ticket_is_refused_and_a_live_one_is_bound_to_its_first_client() throws Exception {
        String expired = tickets.issue(CONTENT, "edge-1", "owner", TicketKind.PREVIEW, Duration.ofSeconds(1));
        Thread.sleep(2_100); // lets the 1 s preview ticket expire
        assertThat(get(front, ticketed(expired, "master.m3u8")).statusCode()).isEqualTo(403);
        assertThat(get(front, ticketed(expired, "480p/index.m3u8")).statusCode()).isEqualTo(403);

        String preview = tickets.issue(CONTENT, "edge-1", "owner", TicketKind.PREVIEW, Duration.ofSeconds(3));
        assertThat(get(front, ticketed(preview, "master.m3u8")).statusCode()).isEqualTo(200);
        assertThat(get(front, ticketed(preview, "480p/index.m3u8")).headers().firstValue("X-Served-From"))
                .hasValue("mirror");
        assertThat(get(other, front, ticketed(preview, "480p/index.m3u8")).statusCode()).as("replayed elsewhere")
                .isEqualTo(403);

        // past its expiry and a sweep: even its own client is refused, nginx no longer serves it
        Thread.sleep(4_500);
        HttpResponse<String> late = get(front, ticketed(preview, "480p/index.m3u8"));
        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(late.headers().firstValue("X-Served-From")).isEmpty();
    }

    @Test
    void a_front_nginx_killed_with_sigkill_is_started_again_and_serves_the_same_ticket() throws Exception {
        ViewerFront viewerFront = monitor.bean(ViewerFront.class);
        String ticket = tickets.issue(CONTENT, "edge-1", "viewer-d", TicketKind.VIEWER);
        assertThat(get(front, ticketed(ticket, "master.m3u8")).statusCode()).isEqualTo(200);
        long killed = viewerFront.nginxPid();

        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        // its orphaned workers are reaped, a new master binds the port and serves the same ticket's link
        await("a new front nginx serving from the mirror", Duration.ofSeconds(15), () -> {
            Long now = viewerFront.nginxPid();
            if (now == null || now == killed || !viewerFront.serving()) {
                return false;
            }
            try {
                HttpResponse<String> media = get(front, ticketed(ticket, "480p/index.m3u8"));
                return media.statusCode() == 200 && media.headers().firstValue("X-Served-From").isPresent();
            } catch (java.io.IOException down) {
                return false;
            }
        });
        assertThat(viewerFront.restarts()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_front_health_is_up_while_nginx_serves_and_names_its_port() {
        HealthIndicator health = monitor.bean("front", HealthIndicator.class);

        Health now = health.health(true);
        assertThat(now.getStatus()).isEqualTo(Status.UP);
        assertThat(now.getDetails()).containsEntry("port", front).containsKey("pid");
    }

    @Test
    void the_public_front_answers_player_paths_and_its_health_probe_and_404_to_everything_else() throws Exception {
        String ticket = tickets.issue(CONTENT, "edge-1", "viewer-e", TicketKind.VIEWER);
        assertThat(get(front, ticketed(ticket, "master.m3u8")).statusCode()).isEqualTo(200);
        HttpResponse<String> probe = get(front, "/actuator/health/readiness");
        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(probe.body()).contains("\"status\":\"UP\"").doesNotContain("components", "front", "pid");
        assertThat(status(front, "POST", "/actuator/health/readiness")).isEqualTo(403);

        // what the internal port answers with the API secret, the public port answers with nothing
        assertThat(monitor.api("/monitor/api/edges").body()).contains(CONTENT);
        for (String path : List.of("/monitor/api/edges", "/monitor/api/follow", "/monitor/api/events",
                "/monitor/api/health", "/monitor/api/availability", "/monitor/api/mismatches/" + CONTENT,
                "/actuator/health", "/actuator/prometheus", "/actuator/env", "/", "/index.html", "/edge",
                "/edges/" + CONTENT + "/edge-1/480p/index.m3u8", "/EDGE/" + CONTENT + "/edge-1/master.m3u8",
                // nginx normalises these to a non-player path, or Tomcat would (..;), or they hide one encoded
                "/edge/../monitor/api/edges", "/edge/..;/monitor/api/edges", "/edge/%2e%2e/monitor/api/edges",
                "/edge/" + CONTENT + "/..;/..;/monitor/api/edges", "/edge/%2E%2E/actuator/env",
                "/edge/" + CONTENT + "/edge-1/v/" + ticket + "/..;/..;/..;/..;/monitor/api/edges")) {
            for (String authorization : new String[] {null, MonitorApiAccess.AUTHORIZATION}) {
                RawResponse response = raw(front, "GET", path, authorization);
                assertThat(response.status()).as(path + (authorization == null ? "" : " with the API secret"))
                        .isEqualTo(404);
                assertThat(response.text()).as(path).doesNotContain(CONTENT + "\"", "edgeId", "follow", "UP");
            }
        }
        assertThat(status(front, "POST", "/monitor/rtmp/a/on_publish_done")).isEqualTo(404);
        // the internal port: nothing without the secret, however the path is spelt
        for (String path : List.of("/monitor/api/edges", "/monitor;x=1/api/edges", "//monitor/api/edges",
                "/monitor/api/./edges", "/edge/../monitor/api/edges", "/monitor/%61pi/edges")) {
            RawResponse internal = raw(monitor.httpPort(), "GET", path, null);
            assertThat(internal.status()).as("internal port " + path).isIn(400, 401, 404);
            assertThat(internal.text()).as("internal port " + path).doesNotContain(CONTENT + "\"");
        }
        assertThat(raw(monitor.httpPort(), "GET", "/monitor/api/edges", "Bearer not-the-secret").status())
                .isEqualTo(401);
    }

    record RawResponse(int status, String text) {
    }

    /** A request written by hand: the path reaches the server exactly as given, not normalised by a client. */
    private static RawResponse raw(int port, String method, String path, String authorization) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            String request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + ("POST".equals(method) ? "Content-Length: 0\r\n" : "") + "\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String text = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new RawResponse(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    private static int status(int port, String method, String path) throws Exception {
        return raw(port, method, path, null).status();
    }

    private static String ticketed(String ticket, String file) {
        return "/edge/" + CONTENT + "/edge-1/v/" + ticket + "/" + file;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return get(http, port, path);
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(int port, String path) throws Exception {
        return bytes(http, port, path);
    }

    private static HttpResponse<byte[]> bytes(HttpClient client, int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpClient client(String localAddress) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                    .localAddress(java.net.InetAddress.getByName(localAddress)).build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        org.awaitility.Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(250)).until(condition);
    }
}
