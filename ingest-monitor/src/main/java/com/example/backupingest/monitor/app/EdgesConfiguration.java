package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.edge.EdgeEndpoints;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.edge.EdgeProperties;
import com.example.backupingest.monitor.api.MonitorEventBus;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The edges capability, the one place an {@link EdgeFleet} is built: timing from {@code monitor.edge.*}
 * and {@code monitor.segment-duration}, the players' HTTP surface ({@link EdgeEndpoints}). The role
 * that composes it supplies {@link EdgeOrigins}: this process's own HLS folders (embedded, ingest host)
 * or the ingest hosts' HTTP origins and this host's share (edge host).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MonitorProperties.class, EdgeSettings.class})
@Import(EdgeEndpoints.class)
public class EdgesConfiguration {

    @Bean
    EdgeProperties edgeProperties(EdgeSettings settings, MonitorProperties monitor) {
        return settings.resolve(monitor);
    }

    @Bean(destroyMethod = "close")
    EdgeFleet edgeFleet(EdgeProperties properties, EdgeOrigins origins, MonitorEventBus bus, Clock clock) {
        EdgeFleet fleet = EdgeFleet.create(properties, origins.endpoints(), bus, clock);
        // before any publish: the fleet creates only this host's logical edges
        fleet.serveOnly(origins.share());
        return fleet;
    }
}
