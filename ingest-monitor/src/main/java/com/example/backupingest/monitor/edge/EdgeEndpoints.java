package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.viewer.EdgeHostConnectors;
import com.example.backupingest.monitor.viewer.EdgeHostFilter;
import com.example.backupingest.monitor.viewer.EdgePortPinning;
import com.example.backupingest.monitor.viewer.OnEdgePorts;
import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import com.example.backupingest.monitor.api.viewer.ViewerSink;
import com.example.backupingest.monitor.api.viewer.TicketVerifierSetting;
import com.example.backupingest.monitor.api.viewer.ViewerTickets;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * The edges' HTTP surface, wherever a fleet runs (inside a monitor or on an edge host), and the
 * viewer gate in front of it. Tickets are verified with the portal's public key
 * ({@code monitor.viewers.ticket-public-key}), or with the issuer's own when portal and edges share this
 * process. With {@code monitor.viewers.edge-ports} the distribution
 * servers get ports of their own ({@link EdgeHostConnectors}); on an edge host
 * ({@code monitor.role=edge}) the fleet runs only the host's share of the edges
 * ({@code monitor.viewers.host-index} of {@code host-count}) and reports viewers to the portal.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ViewerProperties.class)
public class EdgeEndpoints {

    /** With a portal in this process its issuer's verifier takes precedence (user configuration comes first). */
    @Bean
    @ConditionalOnMissingBean
    ViewerTickets viewerTickets(ViewerProperties properties, Environment environment) {
        return TicketVerifierSetting.verifier(properties, environment);
    }

    @Bean
    ViewerGate viewerGate(ViewerProperties properties, ViewerTickets tickets, ObjectProvider<ViewerSink> sink,
            Clock clock) {
        return new ViewerGate(properties, tickets, sink.getIfAvailable(() -> ViewerSink.NONE),
                clock);
    }

    @Bean
    EdgeController edgeController(EdgeFleet fleet, ViewerGate gate) {
        return new EdgeController(fleet, gate);
    }

    @Bean
    EdgeStatusController edgeStatusController(EdgeFleet fleet) {
        return new EdgeStatusController(fleet);
    }

    /** Distribution servers on ports of their own, in one process; the server's own port serves all edges. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    @Conditional(OnEdgePorts.class)
    static class EdgeHostPorts {

        @Bean
        EdgeHostConnectors edgeHostConnectors(ViewerProperties properties) {
            return new EdgeHostConnectors(properties.edgePorts());
        }

        /** Once the server listens, the ports it picked for the edges stay theirs. */
        @Bean
        EdgePortPinning edgePortPinning(EdgeHostConnectors hosts) {
            return new EdgePortPinning(hosts);
        }

        /** First of all filters: an edge port's 404 must come before security's login redirect. */
        @Bean
        FilterRegistrationBean<EdgeHostFilter> edgeHostFilter(EdgeHostConnectors hosts) {
            FilterRegistrationBean<EdgeHostFilter> registration = new FilterRegistrationBean<>(new EdgeHostFilter(hosts));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
