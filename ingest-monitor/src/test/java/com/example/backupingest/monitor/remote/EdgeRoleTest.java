package com.example.backupingest.monitor.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.app.IngestMonitorApplication;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.testing.MonitorApiAccess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The same jar as an edge: no media pipeline even with monitor.enabled, only edges and followers. */
@SpringBootTest(classes = IngestMonitorApplication.class,
        args = "--spring.config.name=application,monitor-standalone", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"monitor.enabled=true", "monitor.role=edge", "monitor.origins.primary=http://127.0.0.1:9",
                "monitor.origins.backup=http://127.0.0.1:9", "monitor.follow=http://127.0.0.1:9,http://127.0.0.1:7",
                "monitor.api.secret=" + MonitorApiAccess.SECRET,
                // an edge host verifies tickets with the portal's public key (some portal's, made with openssl)
                "monitor.viewers.ticket-public-key=MCowBQYDK2VwAyEAYadMJMtYQlqrX+BqDRLn+O8OLOIz0yKBzO+x5FzMhpA="})
class EdgeRoleTest {

    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    @Test
    void an_edge_runs_edges_and_followers_but_no_nginx_or_ffmpeg() throws Exception {
        assertThat(context.getBeansOfType(EdgeFleet.class)).hasSize(1);
        assertThat(context.getBeansOfType(IngestPipeline.class)).isEmpty();

        assertThat(get("/actuator/health/readiness").statusCode()).as("ready without nginx").isEqualTo(200);
        assertThat(get("/actuator/metrics").statusCode()).as("operator only").isEqualTo(401);
        assertThat(get("/monitor/api/follow").statusCode()).as("the monitor API needs its secret").isEqualTo(401);
        HttpResponse<String> follow = api("/monitor/api/follow");
        assertThat(follow.body()).contains("\"monitor\":\"http://127.0.0.1:9\"", "\"monitor\":\"http://127.0.0.1:7\"",
                "\"connected\":false");
        assertThat(get("/edge/unknown/edge-1/v/no~ticket/master.m3u8").statusCode()).as("open to players").isEqualTo(404);
        assertThat(api("/monitor/api/health").body()).as("no entrypoints, pollable by a portal").isEqualTo("[]");
    }

    private HttpResponse<String> api(String path) {
        return MonitorApiAccess.get("http://127.0.0.1:" + port, path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
