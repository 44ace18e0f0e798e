package com.example.backupingest.monitor.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.app.IngestMonitorApplication;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.testing.MonitorApiAccess;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two distribution servers on ports of their own in one process (here an edge process with dead
 * origins: what is served does not matter, only who answers). Server 1 of 2 serves edge-1 and edge-3,
 * server 2 edge-2; the server's own port serves all. The second port is picked by Tomcat (0).
 */
@SpringBootTest(classes = IngestMonitorApplication.class,
        args = "--spring.config.name=application,monitor-standalone", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"monitor.role=edge", "monitor.viewers.require-ticket=false", "monitor.api.secret=" + MonitorApiAccess.SECRET}) // the role decides in an EnvironmentPostProcessor: before dynamic properties
class EdgePortsTest {

    private static final int FIRST_PORT = FreePort.next();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String dead = "http://127.0.0.1:" + FreePort.next();
        registry.add("monitor.origins.primary", () -> dead);
        registry.add("monitor.origins.backup", () -> dead);
        registry.add("monitor.follow", () -> dead);
        registry.add("monitor.viewers.edge-ports", () -> FIRST_PORT + ",0");
    }

    @Autowired EdgeHostConnectors hosts;
    @Autowired MonitorEventBus bus;
    @LocalServerPort int mainPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void aContentWithThreeEdgesIsLive() {
        bus.publish(new PublishStarted(7, "c1", Entrypoint.PRIMARY, 3, Instant.now()));
    }

    @Test
    void each_edge_port_serves_only_the_edges_of_its_distribution_server() throws Exception {
        assertThat(hosts.hostCount()).isEqualTo(2);
        assertThat(hosts.port(1)).isEqualTo(FIRST_PORT);
        assertThat(hosts.port(2)).isPositive().isNotIn(FIRST_PORT, mainPort);

        assertThat(status(hosts.port(1), "/edge/c1/edge-1/master.m3u8")).isEqualTo(200);
        assertThat(status(hosts.port(1), "/edge/c1/edge-3/480p/index.m3u8")).isEqualTo(200);
        assertThat(status(hosts.port(1), "/edge/c1/edge-2/master.m3u8")).isEqualTo(404);
        assertThat(status(hosts.port(2), "/edge/c1/edge-2/master.m3u8")).isEqualTo(200);
        assertThat(status(hosts.port(2), "/edge/c1/edge-1/master.m3u8")).isEqualTo(404);
        assertThat(status(hosts.port(2), "/edge/c1/not-an-edge/master.m3u8")).isEqualTo(404);
    }

    @Test
    void the_servers_own_port_still_serves_every_edge() throws Exception {
        for (String edge : new String[] {"edge-1", "edge-2", "edge-3"}) {
            assertThat(status(mainPort, "/edge/c1/" + edge + "/master.m3u8")).as(edge).isEqualTo(200);
        }
        assertThat(status(mainPort, "/monitor/api/edges")).as("the monitor API needs its secret").isEqualTo(401);
        assertThat(MonitorApiAccess.get("http://127.0.0.1:" + mainPort, "/monitor/api/edges").statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_edge_port_answers_nothing_but_edges_and_its_404s_are_open_to_any_origin() throws Exception {
        for (String path : new String[] {"/monitor/api/edges", "/monitor/api/follow", "/actuator/health", "/",
                "/login", "/edge", "/edgex/c1/edge-1/master.m3u8"}) {
            HttpResponse<String> response = get(hosts.port(1), path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(MonitorApiAccess.get("http://127.0.0.1:" + hosts.port(1), path).statusCode())
                    .as(path + " with the API secret").isEqualTo(404);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(response.body()).as(path).isEmpty();
        }
        assertThat(status(mainPort, "/actuator/health")).isEqualTo(200);
    }

    @Test
    void a_stopped_distribution_server_refuses_connections_and_serves_again_on_the_same_port_once_started()
            throws Exception {
        int port = hosts.port(2);
        hosts.stop(2);
        try {
            assertThatThrownBy(() -> status(port, "/edge/c1/edge-2/master.m3u8"))
                    .isInstanceOf(ConnectException.class);
            assertThat(status(hosts.port(1), "/edge/c1/edge-1/master.m3u8")).as("the other server lives")
                    .isEqualTo(200);
            assertThat(status(mainPort, "/edge/c1/edge-2/master.m3u8")).isEqualTo(200);
        } finally {
            hosts.start(2);
        }

        assertThat(hosts.port(2)).isEqualTo(port);
        assertThat(status(port, "/edge/c1/edge-2/master.m3u8")).isEqualTo(200);
        assertThat(status(port, "/edge/c1/edge-1/master.m3u8")).isEqualTo(404);
    }

    private int status(int port, String path) throws Exception {
        return get(port, path).statusCode();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
