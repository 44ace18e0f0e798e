package com.example.backupingest.monitor.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.app.IngestMonitorApplication;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.testing.MonitorApiAccess;
import com.example.backupingest.monitor.viewer.EdgeHostConnectors;
import com.example.backupingest.monitor.api.viewer.HostShare;
import com.example.backupingest.monitor.api.viewer.ViewerSink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Edge host 2 of 2 ({@code monitor.role=edge}): it runs and serves edge-2, not edge-1, under their ids. */
@SpringBootTest(classes = IngestMonitorApplication.class,
        args = "--spring.config.name=application,monitor-standalone", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"monitor.role=edge", "monitor.viewers.require-ticket=false", "monitor.viewers.host-index=2", "monitor.viewers.host-count=2",
                "monitor.api.secret=" + MonitorApiAccess.SECRET})
class EdgeHostRoleTest {

    @DynamicPropertySource
    static void deadIngestHosts(DynamicPropertyRegistry registry) {
        String dead = "http://127.0.0.1:" + FreePort.next();
        registry.add("monitor.origins.primary", () -> dead);
        registry.add("monitor.origins.backup", () -> dead);
        registry.add("monitor.follow", () -> dead);
    }

    @Autowired ApplicationContext context;
    @Autowired EdgeFleet fleet;
    @Autowired MonitorEventBus bus;
    @LocalServerPort int port;

    @Test
    void edge_host_two_of_two_serves_edge_two_and_answers_404_for_edge_one() throws Exception {
        bus.publish(new PublishStarted(7, "c-host2", Entrypoint.PRIMARY, 3, Instant.now()));

        assertThat(fleet.share()).isEqualTo(new HostShare(2, 2));
        assertThat(fleet.edgeIds("c-host2")).containsExactly("edge-2");
        assertThat(get("/edge/c-host2/edge-2/master.m3u8").statusCode()).isEqualTo(200);
        assertThat(get("/edge/c-host2/edge-1/master.m3u8").statusCode()).isEqualTo(404);
        assertThat(get("/edge/c-host2/edge-3/master.m3u8").statusCode()).isEqualTo(404);
        assertThat(MonitorApiAccess.get("http://127.0.0.1:" + port, "/monitor/api/edges").body()).contains("\"edgeId\":\"edge-2\"").doesNotContain("edge-1", "edge-3");
    }

    @Test
    void without_a_portal_an_edge_host_reports_to_no_one_and_opens_no_extra_ports() {
        assertThat(context.getBeansOfType(ViewerSink.class)).isEmpty();
        assertThat(context.getBeansOfType(EdgeHostConnectors.class)).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
