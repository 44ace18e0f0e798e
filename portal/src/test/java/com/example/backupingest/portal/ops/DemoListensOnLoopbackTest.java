package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.viewer.EdgeHostConnectors;
import java.io.IOException;
import java.net.ConnectException;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The jar's default is the demo, whose logins and stream keys are published: started with it, the
 * portal must be unreachable from other machines. Here "another machine" is this machine's own
 * non-loopback address (a connection to it is not a loopback connection) and 127.0.0.2 (which a
 * socket bound to 127.0.0.1 refuses; a host with loopback only is checked too): every listener the demo
 * opens (portal, the three distribution servers, both RTMP entrypoints, the embedded SMTP server)
 * refuses it, while loopback, where the README's http://localhost:8080 points, is served. Only the
 * port numbers differ from the jar's defaults (free ports; tests run side by side).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-demo-loopback;DB_CLOSE_DELAY=-1",
        "monitor.viewers.edge-ports=0,0,0"})
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class DemoListensOnLoopbackTest {

    private static final int SMTP = FreePort.next();
    private static final int RTMP_A = FreePort.next();
    private static final int RTMP_B = FreePort.next();
    private static final int RTMPS_A = FreePort.next();
    private static final int RTMPS_B = FreePort.next();
    private static final int SRT_A = freeUdpPort();
    private static final int SRT_B = freeUdpPort();
    /** The machine's own network address (if it has one) and 127.0.0.2. */
    private static List<String> outside = List.of();

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("portal-demo-loopback-");
        registry.add("portal.data-dir", data::toString);
        registry.add("portal.mail.embedded-smtp.port", () -> SMTP);
        Map.of("primary.rtmp-port", RTMP_A, "backup.rtmp-port", RTMP_B, "primary.origin-http-port", FreePort.next(),
                "backup.origin-http-port", FreePort.next(), "primary.rtmps-port", RTMPS_A, "backup.rtmps-port", RTMPS_B,
                "primary.srt-port", SRT_A, "backup.srt-port", SRT_B)
                .forEach((key, port) -> registry.add("monitor.entrypoints." + key, () -> port));
        registry.add("portal.ingest.primary-url", () -> "rtmp://localhost:" + RTMP_A + "/live");
        registry.add("portal.ingest.backup-url", () -> "rtmp://localhost:" + RTMP_B + "/live");
    }

    @BeforeAll
    static void findNonLoopbackAddress() throws SocketException {
        // 127.0.0.2 always, so a host with loopback only proves it too (no skip): a socket bound to
        // 127.0.0.1 refuses it (Linux routes all of 127/8 to lo), a wildcard bind would accept it
        List<String> addresses = new ArrayList<>();
        nonLoopbackIpv4().ifPresent(addresses::add);
        addresses.add("127.0.0.2");
        outside = List.copyOf(addresses);
    }

    @LocalServerPort int port;
    @Autowired EdgeHostConnectors edges;

    @Test
    void no_listener_of_the_demo_answers_on_the_machines_network_address_and_all_answer_on_loopback() {
        List<Integer> ports = new ArrayList<>(List.of(port, SMTP, RTMP_A, RTMP_B, RTMPS_A, RTMPS_B));
        for (int host = 1; host <= edges.hostCount(); host++) {
            ports.add(edges.port(host));
        }
        // nginx starts in the background: wait until both entrypoints listen
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> connects("127.0.0.1", RTMP_A) && connects("127.0.0.1", RTMP_B));

        for (int p : ports) {
            assertThat(connects("127.0.0.1", p)).as("loopback port %d", p).isTrue();
            for (String address : outside) {
                assertThatThrownBy(() -> connect(address, p)).as("%s:%d", address, p)
                        .isInstanceOf(ConnectException.class);
            }
        }
        // SRT is UDP: nothing bound on the machine's address answers with ICMP "port unreachable"
        for (int p : List.of(SRT_A, SRT_B)) {
            for (String address : outside) {
                assertThat(udpUnreachable(address, p)).as("SRT %s:%d", address, p).isTrue();
            }
            assertThat(udpUnreachable("127.0.0.1", p)).as("SRT on loopback %d", p).isFalse();
        }
    }

    /** Sends an (invalid) datagram: a closed port answers with ICMP unreachable, a listener stays silent. */
    private static boolean udpUnreachable(String host, int port) {
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket()) {
            socket.connect(new java.net.InetSocketAddress(host, port));
            socket.setSoTimeout(1500);
            byte[] probe = new byte[] {1, 2, 3, 4};
            socket.send(new java.net.DatagramPacket(probe, probe.length));
            socket.receive(new java.net.DatagramPacket(new byte[64], 64));
            return false;
        } catch (java.net.PortUnreachableException unreachable) {
            return true;
        } catch (IOException silence) {
            return false;
        }
    }

    private static int freeUdpPort() {
        return FreePort.nextUdp();
    }

    @Test
    void the_readme_address_opens_the_demo_and_the_start_says_where_it_listens(CapturedOutput output)
            throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        for (String address : outside) {
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://" + address + ":" + port + "/login"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(ConnectException.class);
        }
        assertThat(output.getAll()).contains("it listens on 127.0.0.1 only");
    }

    private static boolean connects(String host, int port) {
        try {
            connect(host, port);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), 2000);
        }
    }

    private static Optional<String> nonLoopbackIpv4() throws SocketException {
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
