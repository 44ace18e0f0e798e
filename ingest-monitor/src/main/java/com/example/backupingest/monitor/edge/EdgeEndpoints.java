package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.viewer.ViewerProperties;
import com.example.backupingest.monitor.viewer.ViewerSink;
import com.example.backupingest.monitor.viewer.ViewerTickets;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The edges' HTTP surface, wherever a fleet runs (inside a monitor or on an edge host), and the
 * viewer gate in front of it. Tickets: from {@code monitor.viewers.secret}, or a random secret when
 * issuer and edges share this process.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ViewerProperties.class)
public class EdgeEndpoints {

    @Bean
    @ConditionalOnMissingBean
    ViewerTickets viewerTickets(ViewerProperties properties, ObjectProvider<Clock> clock) {
        Clock c = clock.getIfAvailable(Clock::systemUTC);
        return properties.secret() == null || properties.secret().isBlank() ? ViewerTickets.random(c)
                : ViewerTickets.ofSecret(properties.secret(), c);
    }

    @Bean
    ViewerGate viewerGate(ViewerProperties properties, ViewerTickets tickets, ObjectProvider<ViewerSink> sink,
            ObjectProvider<Clock> clock) {
        return new ViewerGate(properties, tickets, sink.getIfAvailable(() -> ViewerSink.NONE),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    EdgeController edgeController(EdgeFleet fleet, ViewerGate gate) {
        return new EdgeController(fleet, gate);
    }

    @Bean
    EdgeStatusController edgeStatusController(EdgeFleet fleet) {
        return new EdgeStatusController(fleet);
    }
}
