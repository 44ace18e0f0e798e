package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import java.time.Clock;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * An edge host ({@code monitor.role=edge}) with {@code monitor.portal-url} and
 * {@code monitor.portal-secret} reports its viewers to that portal. Elsewhere the portal in the same
 * process is the sink itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "monitor.role", havingValue = "edge")
@ConditionalOnProperty({"monitor.portal-url", "monitor.portal-secret"})
@EnableConfigurationProperties({RemoteMonitorProperties.class, ViewerProperties.class})
class ViewerReporting {

    /** Enough for 50 fully booked edges of 1,000 viewers between two reports. */
    static final int CAPACITY = 50_000;

    @Bean(destroyMethod = "close")
    HttpViewerReporter httpViewerReporter(RemoteMonitorProperties remote, ViewerProperties viewers,
            ObjectProvider<JsonMapper> json, Clock clock) {
        return new HttpViewerReporter(Objects.requireNonNull(remote.portalUrl()),
                Objects.requireNonNull(remote.portalSecret()), viewers.hostIndex(), viewers.reportInterval(), CAPACITY,
                json.getIfAvailable(() -> JsonMapper.builder().build()), clock);
    }

    @Bean
    BackgroundClient httpViewerReporterLifecycle(HttpViewerReporter reporter) {
        return new BackgroundClient(reporter::start, reporter);
    }
}
