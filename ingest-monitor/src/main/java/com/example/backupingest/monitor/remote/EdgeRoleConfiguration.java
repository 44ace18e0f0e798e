package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorEventClient;
import com.example.backupingest.monitor.api.MonitorEventCodec;

import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.http.EventStreamController;
import com.example.backupingest.monitor.api.MonitorApiProperties;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.SignalChanged;
import com.example.backupingest.monitor.app.EdgeOrigins;
import com.example.backupingest.monitor.app.EdgeSettings;
import com.example.backupingest.monitor.app.EdgesConfiguration;
import com.example.backupingest.monitor.app.MonitorProperties;
import com.example.backupingest.monitor.edge.EdgeEndpoints;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.edge.EdgeProperties;
import com.example.backupingest.monitor.http.MonitorApiSecurity;
import com.example.backupingest.monitor.ops.StandaloneSecurity;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code monitor.role=edge}: no nginx, no ffmpeg; edges poll the ingest hosts' HLS origins
 * ({@code monitor.origins.*}) and learn about publishes from the followed monitors
 * ({@code monitor.follow}). Only publish events enter the local bus: the edge's own SSE stream then
 * carries its failover decisions and the publishes behind them, not the ingest hosts' health. The edge
 * host's role: the edges ({@link EdgesConfiguration}) fed by remote origins, no pipeline.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "monitor.role", havingValue = "edge")
// the ops auto-configuration belongs to the pipeline, which an edge does not run: its chains come from here
@EnableConfigurationProperties(ViewerProperties.class)
@Import({EdgesConfiguration.class, StandaloneSecurity.class, ViewerReporting.class, MonitorApiSecurity.class})
class EdgeRoleConfiguration {

    /** The ingest hosts' HTTP origins ({@code monitor.origins.*}) and this host's share of the logical edges. */
    @Bean
    EdgeOrigins remoteEdgeOrigins(RemoteMonitorProperties properties, ViewerProperties viewers) {
        return new EdgeOrigins(new OriginEndpoints(required(properties.origins().primary(), "primary"),
                required(properties.origins().backup(), "backup")), viewers.hostShare());
    }

    /** Only built here: its lifecycle below starts the streams, so no publish event arrives before the fleet listens. */
    @Bean(destroyMethod = "close")
    FollowedMonitors followedMonitors(RemoteMonitorProperties properties, EdgeFleet fleet, MonitorEventBus bus,
            ObjectProvider<JsonMapper> json, MonitorApiProperties api) {
        if (properties.follow().isEmpty()) {
            throw new IllegalStateException("monitor.role=edge needs monitor.follow (the ingest monitors' URLs)");
        }
        String authorization = api.authorization();
        if (authorization == null) {
            throw new IllegalStateException("monitor.role=edge needs monitor.api.secret (the ingest monitors' API secret)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        MonitorEventCodec codec = new MonitorEventCodec(json.getIfAvailable(() -> JsonMapper.builder().build()));
        List<MonitorEventClient> streams = properties.follow().stream()
                .map(uri -> new MonitorEventClient(uri, http, codec, event -> {
                    // what the edges decide on: publishes, and what the entrypoints' pictures and sound show
                    if (event instanceof PublishStarted || event instanceof PublishEnded
                            || event instanceof SignalChanged) {
                        bus.publish(event);
                    }
                }, properties.reconnect().backoff(),
                        authorization))
                .toList();
        return new FollowedMonitors(streams);
    }

    @Bean
    BackgroundClient followedMonitorsLifecycle(FollowedMonitors monitors) {
        return new BackgroundClient(monitors::start, monitors);
    }

    @Bean
    EventStreamController monitorEventStreamController(MonitorEventBus bus) {
        return new EventStreamController(bus);
    }

    @Bean
    FollowController followController(FollowedMonitors monitors) {
        return new FollowController(monitors.streams());
    }

    private static URI required(@Nullable URI origin, String which) {
        if (origin == null) {
            throw new IllegalStateException("monitor.role=edge needs monitor.origins." + which);
        }
        return origin;
    }
}
