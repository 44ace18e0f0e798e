package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.app.IngestMonitorAutoConfiguration;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitors on their own hosts. With {@code monitor.portal-url} and {@code monitor.portal-secret} the
 * ingest pipeline asks the portal for stream keys (before the static keys of {@link IngestMonitorAutoConfiguration} would apply);
 * with {@code monitor.role=edge} the process runs only edges, fed by the followed monitors.
 */
// before Boot's security: an edge brings its own chains, Boot's default chain must back off
@AutoConfiguration(before = {IngestMonitorAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@EnableConfigurationProperties(RemoteMonitorProperties.class)
@Import(EdgeRoleConfiguration.class)
public class RemoteMonitorAutoConfiguration {

    /** Both set: keys come from the portal. A portal URL alone only feeds the portal health check. */
    @Bean
    @ConditionalOnProperty({"monitor.portal-url", "monitor.portal-secret"})
    @ConditionalOnMissingBean(StreamKeyDirectory.class)
    HttpStreamKeyDirectory httpStreamKeyDirectory(RemoteMonitorProperties properties,
            ObjectProvider<JsonMapper> json) {
        return new HttpStreamKeyDirectory(Objects.requireNonNull(properties.portalUrl()),
                Objects.requireNonNull(properties.portalSecret()), properties.portalTimeout(),
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }
}
