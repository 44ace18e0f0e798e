package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.ops.RemoteHealthIndicator;

import com.example.backupingest.monitor.app.IngestMonitorAutoConfiguration;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.app.PipelineRuntime;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Health contributors ({@code nginx}, {@code transcoders}, {@code portal}), metrics and the stream
 * event log for a running pipeline. Ordered before Boot's security auto-configuration so that the
 * standalone monitor's chains replace Boot's default; an application with chains of its own (the
 * portal) keeps them and this adds none.
 */
@AutoConfiguration(after = IngestMonitorAutoConfiguration.class, before = {ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnBooleanProperty("monitor.enabled")
@EnableConfigurationProperties(MonitorOpsProperties.class)
@Import(StandaloneSecurity.class)
public class MonitorOpsAutoConfiguration {

    @Bean
    EntrypointsHealthContributor nginxHealthContributor(PipelineRuntime runtime) {
        return new EntrypointsHealthContributor(runtime);
    }

    @Bean
    TranscodersHealthContributor transcodersHealthContributor(IngestPipeline pipeline, TranscoderManager transcoders) {
        return new TranscodersHealthContributor(pipeline, transcoders);
    }

    /** Standalone monitor only: whether the portal it reports to answers. */
    @Bean
    @ConditionalOnProperty("monitor.portal-url")
    RemoteHealthIndicator portalHealthIndicator(@Value("${monitor.portal-url}") URI portalUrl) {
        return new RemoteHealthIndicator(portalUrl,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), Duration.ofSeconds(3));
    }

    @Bean(destroyMethod = "close")
    MonitorMetrics monitorMetrics(MeterRegistry registry, IngestPipeline pipeline) {
        return new MonitorMetrics(registry, pipeline);
    }

    @Bean(destroyMethod = "close")
    StreamEventLog monitorStreamEventLog(IngestPipeline pipeline) {
        return new StreamEventLog(pipeline.bus());
    }
}
