package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.StreamKeyDirectory;
import com.example.backupingest.monitor.app.IngestMonitorAutoConfiguration;
import java.net.URI;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitors on their own hosts. With {@code monitor.portal-url} the ingest pipeline asks the portal
 * for stream keys (before the static keys of {@link IngestMonitorAutoConfiguration} would apply);
 * with {@code monitor.role=edge} the process runs only edges, fed by the followed monitors.
 */
@AutoConfiguration(before = IngestMonitorAutoConfiguration.class)
@EnableConfigurationProperties(RemoteMonitorProperties.class)
@Import(EdgeRoleConfiguration.class)
public class RemoteMonitorAutoConfiguration {

    @Bean
    @ConditionalOnProperty("monitor.portal-url")
    @ConditionalOnMissingBean(StreamKeyDirectory.class)
    HttpStreamKeyDirectory httpStreamKeyDirectory(RemoteMonitorProperties properties,
            ObjectProvider<JsonMapper> json) {
        URI portal = Objects.requireNonNull(properties.portalUrl());
        String secret = properties.portalSecret();
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("monitor.portal-url is set but monitor.portal-secret is empty: "
                    + "the portal answers 401 to monitors without their shared secret");
        }
        return new HttpStreamKeyDirectory(portal, secret, properties.portalTimeout(),
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }
}
