package com.example.backupingest.monitor.front;

import com.example.backupingest.monitor.app.IngestMonitorAutoConfiguration;
import com.example.backupingest.monitor.app.MonitorProperties;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.api.process.OsProcessLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.remote.RemoteMonitorAutoConfiguration;
import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code monitor.front.enabled=true}: wherever edges run (inside a monitor or on an edge host),
 * nginx carries the viewers' bytes ({@link ViewerFront}).
 */
@AutoConfiguration(after = {IngestMonitorAutoConfiguration.class, RemoteMonitorAutoConfiguration.class})
@ConditionalOnBooleanProperty("monitor.front.enabled")
@ConditionalOnBean({EdgeFleet.class, ViewerGate.class})
@EnableConfigurationProperties({FrontProperties.class, MonitorProperties.class})
public class FrontAutoConfiguration {

    /** Started as a lifecycle once the web server listens: nginx hands everything but files to its port. */
    @Bean(destroyMethod = "close")
    ViewerFront viewerFront(FrontProperties properties, MonitorProperties monitor, EdgeFleet fleet, ViewerGate gate,
            ViewerProperties viewers, Clock clock, ApplicationContext context) {
        MonitorProperties.Restart r = monitor.restart();
        return new ViewerFront(properties, monitor.resolvedWorkDir(), monitor.nginx(), !viewers.requireTicket(), fleet,
                gate, new OsProcessLauncher(), new RestartPolicy(r.initial(), r.max(), r.stableAfter()), clock,
                () -> context instanceof WebServerApplicationContext web && web.getWebServer() != null
                        ? web.getWebServer().getPort() : 0);
    }

    /**
     * The Java edge behind its front sees nginx (127.0.0.1) as the peer: it takes the client from the
     * {@code X-Forwarded-For} nginx sets (its own {@code $remote_addr}, after nginx's trusted-proxy
     * rules), from 127.0.0.1 only, so ticket bindings and every address check see the real client.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.valves.RemoteIpValve")
    static class ClientAddressBehindTheFront {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> frontClientAddress() {
            return factory -> {
                RemoteIpValve valve = new RemoteIpValve();
                valve.setInternalProxies(FRONT_PEER);
                valve.setRemoteIpHeader("X-Forwarded-For");
                valve.setProtocolHeader(null);
                factory.addEngineValves(valve);
            };
        }
    }

    /** Where nginx connects to its upstream from (CIDR: Tomcat's valve takes a list with a slash as CIDR). */
    static final String FRONT_PEER = "127.0.0.1/32";

    /** {@code front}: UP while the front's nginx serves; an edge host is ready only then (players connect to it). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class FrontHealth {

        @Bean
        HealthIndicator front(ViewerFront front) {
            return () -> {
                Health.Builder health = front.serving() ? Health.up() : Health.down()
                        .withDetail("reason", "the nginx front is not serving its port (starting or restarting)");
                front.port().ifPresent(port -> health.withDetail("port", port));
                Long pid = front.nginxPid();
                if (pid != null) {
                    health.withDetail("pid", pid);
                }
                return health.withDetail("restarts", front.restarts()).withDetail("linkedTickets",
                        front.linkedTickets()).build();
            };
        }
    }
}
