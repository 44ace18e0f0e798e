package com.example.backupingest.monitor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.backupingest.monitor.api.Entrypoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Players never touch the ingest servers (real nginx-rtmp, real ffmpeg): the HTTP origin answers
 * only edges, RTMP play only the local transcoder. A caller "from another host" is this machine
 * itself through its non-loopback IPv4 address (the connection's source address is then that
 * address, not 127.0.0.1). Machines without such an address skip these tests (JUnit assumption).
 */
class OriginLockdownTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static String outside;

    @BeforeAll
    static void findNonLoopbackAddress() throws SocketException {
        outside = nonLoopbackIpv4().orElse(null);
        assumeTrue(outside != null, "this machine has no non-loopback IPv4 address to call from");
    }

    @Test
    void the_embedded_origin_accepts_no_connection_on_another_interface_but_serves_loopback() throws Exception {
        int origin = RunningMonitor.freePort();
        try (RunningMonitor monitor = new RunningMonitor(Map.of(), primaryOrigin(origin))) {
            // nothing published yet: 404, i.e. loopback is served (no 403); first, so the refusal below is not
            // merely an origin that has not started yet
            assertThat(awaitServing(origin).statusCode()).isEqualTo(404);
            assertThatThrownBy(() -> connect(outside, origin)).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void an_ingest_host_origin_answers_403_to_a_caller_outside_its_allow_list_and_serves_the_allowed_edge()
            throws Exception {
        int origin = RunningMonitor.freePort();
        try (RunningMonitor monitor = new RunningMonitor(Map.of("lockdown-key", "1:lockdown:A:1"), primaryOrigin(origin),
                "--monitor.origin-listen-address=0.0.0.0", "--monitor.origin-allow=127.0.0.1");
                TestEncoder encoder = TestEncoder.publish(monitor.rtmpPort(Entrypoint.PRIMARY), "lockdown-key")) {
            String playlist = "/hls/lockdown/original/index.m3u8";
            awaitSequence(origin, playlist, Duration.ofSeconds(30));
            assertThat(get(outside, origin, playlist).statusCode()).isEqualTo(403);
            assertThat(get(outside, origin, "/hls/lockdown/360p/index.m3u8").statusCode()).isEqualTo(403);
            assertThat(get("127.0.0.1", origin, playlist).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void an_address_on_the_allow_list_is_admitted_from_another_interface() throws Exception {
        int origin = RunningMonitor.freePort();
        try (RunningMonitor monitor = new RunningMonitor(Map.of(), primaryOrigin(origin),
                "--monitor.origin-listen-address=0.0.0.0", "--monitor.origin-allow=127.0.0.1," + outside + "/32")) {
            awaitServing(origin);
            assertThat(get(outside, origin, "/hls/none/original/index.m3u8").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void rtmp_play_from_another_address_is_refused_while_the_transcoder_keeps_producing_segments() throws Exception {
        int origin = RunningMonitor.freePort();
        try (RunningMonitor monitor = new RunningMonitor(Map.of("play-key", "1:play:A:1"), primaryOrigin(origin));
                TestEncoder encoder = TestEncoder.publish(monitor.rtmpPort(Entrypoint.PRIMARY), "play-key")) {
            int rtmp = monitor.rtmpPort(Entrypoint.PRIMARY);
            String playlist = "/hls/play/original/index.m3u8";
            awaitSequence(origin, playlist, Duration.ofSeconds(30));

            // inside nginx the stream is called by its content id (on_publish renamed it), not by its key
            Probe refused = ffprobe("rtmp://" + outside + ":" + rtmp + "/live/play");
            assertThat(refused.exitCode()).as(refused.output()).isNotZero();
            assertThat(refused.output()).doesNotContain("codec_type=video");
            // the same URL on loopback plays: the refusal is the address, not the stream
            assertThat(ffprobe("rtmp://127.0.0.1:" + rtmp + "/live/play").output()).contains("codec_type=video");
            long before = lastSegment(get("127.0.0.1", origin, playlist).body());

            // the transcoder plays from 127.0.0.1 and goes on: new segments after the refused play
            long after = org.awaitility.Awaitility.await("two new segments").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> lastSegment(get("127.0.0.1", origin, playlist).body()), last -> last >= before + 2);
            assertThat(after).as("origin's newest segment number after the refused play").isGreaterThanOrEqualTo(before + 2);
            assertThat(encoder.alive()).isTrue();
        }
    }

    private static String primaryOrigin(int port) {
        return "--monitor.entrypoints.primary.origin-http-port=" + port;
    }

    /** Waits until the origin's original playlist lists segments; returns its media sequence. */
    private static long awaitSequence(int origin, String playlist, Duration timeout) throws Exception {
        HttpResponse<String> listed = org.awaitility.Awaitility.await("segments in " + playlist).atMost(timeout)
                .pollInterval(Duration.ofMillis(250)).until(() -> get("127.0.0.1", origin, playlist),
                        response -> response.statusCode() == 200 && response.body().contains("#EXTINF"));
        return mediaSequence(listed.body());
    }

    /** The sequence number of the newest segment the origin lists. */
    private static long lastSegment(String playlist) {
        return mediaSequence(playlist) + playlist.lines().filter(l -> l.startsWith("#EXTINF")).count() - 1;
    }

    private static long mediaSequence(String playlist) {
        return playlist.lines().filter(l -> l.startsWith("#EXT-X-MEDIA-SEQUENCE:")).findFirst()
                .map(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).trim())).orElse(-1L);
    }

    /**
     * A GET to {@code host}; a call to another interface's address also comes from that address (the
     * client binds to it), so what the origin sees does not depend on the kernel's choice of source.
     */
    private static HttpResponse<String> get(String host, int port, String path) throws Exception {
        HttpClient client = host.equals("127.0.0.1") ? HTTP
                : HttpClient.newBuilder().localAddress(InetAddress.getByName(host)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the origin answers on loopback (the monitor has started nginx); returns that answer. */
    private static HttpResponse<String> awaitServing(int origin) throws Exception {
        return org.awaitility.Awaitility.await("the origin answers").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .ignoreException(ConnectException.class)
                .until(() -> get("127.0.0.1", origin, "/hls/none/original/index.m3u8"), response -> true);
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        }
    }

    record Probe(int exitCode, String output) {
    }

    private static Probe ffprobe(String url) throws Exception {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-rw_timeout", "5000000", "-show_entries",
                "stream=codec_type", "-of", "default=nw=1", url).redirectErrorStream(true).start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Probe(-1, "ffprobe timed out");
        }
        Probe probe = new Probe(process.exitValue(), new String(process.getInputStream().readAllBytes()).trim());
        System.out.println("[lockdown] ffprobe " + url.replaceAll("/live/.*", "/live/…") + " -> exit "
                + probe.exitCode() + ": " + probe.output().replaceAll("/live/\\S*", "/live/…").replace('\n', ' '));
        return probe;
    }

    private static Optional<String> nonLoopbackIpv4() throws SocketException {
        // the address of the default route first: other tests' network namespaces and veths come and go
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(InetAddress.getByName("192.0.2.1"), 9); // TEST-NET-1: no packet is sent
            InetAddress local = probe.getLocalAddress();
            if (local instanceof Inet4Address && !local.isLoopbackAddress() && !local.isAnyLocalAddress()) {
                return Optional.of(local.getHostAddress());
            }
        } catch (IOException | RuntimeException noDefaultRoute) {
            // fall through to the interfaces
        }
        List<String> found = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            // a container engine's bridges and veths are not "another machine's" way in
            if (!nic.isUp() || nic.isLoopback() || nic.getName().matches("docker.*|br-.*|veth.*|virbr.*")) {
                continue;
            }
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    found.add(address.getHostAddress());
                }
            }
        }
        return found.stream().findFirst();
    }
}
