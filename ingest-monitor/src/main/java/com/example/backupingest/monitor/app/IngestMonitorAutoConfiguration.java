package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.viewer.HostShare;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The role of a process that runs entrypoints ({@code monitor.enabled=true}): embedded in the portal
 * ({@code monitor.role=all}) or an ingest host ({@code ingest-a}/{@code ingest-b}). It composes the
 * pipeline ({@link PipelineConfiguration}) and, unless {@code monitor.edge.enabled=false} (an ingest
 * host's default), the edges ({@link EdgesConfiguration}) fed from this process's own HLS folders.
 * A StreamKeyDirectory bean of the application wins over the keys from configuration. The edge host's
 * role is {@code remote.EdgeRoleConfiguration}; docs/architecture.md ("Role assembly") shows both.
 */
@AutoConfiguration(after = MonitorCommonAutoConfiguration.class)
@ConditionalOnBooleanProperty("monitor.enabled")
@EnableConfigurationProperties(MonitorProperties.class)
@Import(PipelineConfiguration.class)
public class IngestMonitorAutoConfiguration {

    /** Edges pull from both origins of this monitor and serve players under {@code /edge/...}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "monitor.edge.enabled", matchIfMissing = true)
    @Import(EdgesConfiguration.class)
    static class LocalEdges {

        /**
         * This process's own entrypoints are read from their HLS folders (what their nginx serves):
         * a stat per poll instead of an HTTP request through nginx. One host serves every edge.
         */
        @Bean
        EdgeOrigins localEdgeOrigins(MonitorProperties monitor, OriginEndpoints origins) {
            Set<Entrypoint> local = monitor.role().entrypoints();
            return new EdgeOrigins(new OriginEndpoints(
                    local.contains(Entrypoint.PRIMARY) ? OriginEndpoints.folder(monitor.hlsRoot(Entrypoint.PRIMARY))
                            : origins.primary(),
                    local.contains(Entrypoint.BACKUP) ? OriginEndpoints.folder(monitor.hlsRoot(Entrypoint.BACKUP))
                            : origins.backup()), HostShare.ALL);
        }
    }
}
