package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.OriginEndpoints;
import com.example.backupingest.monitor.api.EventStreamController;
import com.example.backupingest.monitor.app.EdgeSettings;
import com.example.backupingest.monitor.app.MonitorProperties;
import com.example.backupingest.monitor.edge.EdgeController;
import com.example.backupingest.monitor.edge.EdgeStatusController;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.edge.EdgeProperties;
import com.example.backupingest.monitor.event.MonitorEventBus;
import com.example.backupingest.monitor.event.PublishEnded;
import com.example.backupingest.monitor.event.PublishStarted;
import com.example.backupingest.monitor.ops.MonitorOpsProperties;
import com.example.backupingest.monitor.ops.OperatorSecurity;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code monitor.role=edge}: no nginx, no ffmpeg; edges poll the ingest hosts' HLS origins
 * ({@code monitor.origins.*}) and learn about publishes from the followed monitors
 * ({@code monitor.follow}). Only publish events enter the local bus: the edge's own SSE stream then
 * carries its failover decisions and the publishes behind them, not the ingest hosts' health.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "monitor.role", havingValue = "edge")
class EdgeRoleConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MonitorEventBus monitorEventBus() {
        return new MonitorEventBus();
    }

    /** The same timing as edges inside a monitor: derived from {@code monitor.segment-duration}. */
    @Bean
    EdgeProperties edgeRoleEdgeProperties(Environment environment) {
        Binder binder = Binder.get(environment);
        return EdgeSettings.bind(binder, binder.bindOrCreate("monitor", MonitorProperties.class));
    }

    @Bean(destroyMethod = "close")
    EdgeFleet edgeFleet(EdgeProperties edges, RemoteMonitorProperties properties, MonitorEventBus bus,
            ObjectProvider<Clock> clock) {
        OriginEndpoints origins = new OriginEndpoints(required(properties.origins().primary(), "primary"),
                required(properties.origins().backup(), "backup"));
        // as inside the monitor: a dead origin must fail a poll fast
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(500)).build();
        return new EdgeFleet(edges, origins, bus, http, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Started after the fleet exists, so no publish event arrives before the fleet listens. */
    @Bean(destroyMethod = "close")
    FollowedMonitors followedMonitors(RemoteMonitorProperties properties, EdgeFleet fleet, MonitorEventBus bus,
            ObjectProvider<JsonMapper> json) {
        if (properties.follow().isEmpty()) {
            throw new IllegalStateException("monitor.role=edge needs monitor.follow (the ingest monitors' URLs)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        EventDecoder decoder = new EventDecoder(json.getIfAvailable(() -> JsonMapper.builder().build()));
        List<RemoteEventStream> streams = properties.follow().stream()
                .map(uri -> new RemoteEventStream(uri, http, decoder, event -> {
                    if (event instanceof PublishStarted || event instanceof PublishEnded) {
                        bus.publish(event);
                    }
                }, properties.reconnect()).start())
                .toList();
        return new FollowedMonitors(streams);
    }

    @Bean
    EdgeController edgeController(EdgeFleet fleet) {
        return new EdgeController(fleet);
    }

    @Bean
    EdgeStatusController edgeStatusController(EdgeFleet fleet) {
        return new EdgeStatusController(fleet);
    }

    @Bean
    EventStreamController monitorEventStreamController(MonitorEventBus bus) {
        return new EventStreamController(bus);
    }

    @Bean
    FollowController followController(FollowedMonitors monitors) {
        return new FollowController(monitors.streams());
    }

    /**
     * The standalone monitor's chains for an edge (the ops auto-configuration that brings them
     * belongs to the pipeline, which an edge does not run): operator-only actuator, all else open.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    @EnableConfigurationProperties(MonitorOpsProperties.class)
    static class EdgeSecurity {

        @Bean
        @Order(1)
        SecurityFilterChain edgeActuatorChain(HttpSecurity http, MonitorOpsProperties ops,
                ObjectProvider<AuthenticationEventPublisher> events) throws Exception {
            return OperatorSecurity.actuatorChain(http, ops.operatorUsername(), ops.operatorPasswordHash(),
                    events.getIfAvailable());
        }

        @Bean
        @Order(2)
        SecurityFilterChain edgeOpenChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable()).build();
        }
    }

    private static URI required(@Nullable URI origin, String which) {
        if (origin == null) {
            throw new IllegalStateException("monitor.role=edge needs monitor.origins." + which);
        }
        return origin;
    }
}
