package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.MonitorPaths;
import com.example.backupingest.monitor.api.PipelineAvailability;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.http.EventStreamController;
import com.example.backupingest.monitor.http.HealthController;
import com.example.backupingest.monitor.edge.EdgeEndpoints;
import com.example.backupingest.monitor.edge.EdgeFleet;
import com.example.backupingest.monitor.edge.EdgeProperties;
import com.example.backupingest.monitor.http.MonitorApiSecurity;
import com.example.backupingest.monitor.entrypoint.KeyRevocations;
import com.example.backupingest.monitor.entrypoint.NginxControl;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.entrypoint.RtmpCallbackController;
import com.example.backupingest.monitor.entrypoint.RtmpCallbackGuard;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.HealthIssues;
import com.example.backupingest.monitor.health.HealthMonitor;
import com.example.backupingest.monitor.health.HealthRules;
import com.example.backupingest.monitor.health.KeyframeProbe;
import com.example.backupingest.monitor.api.process.OsProcessLauncher;
import com.example.backupingest.monitor.api.process.ProcessLauncher;
import com.example.backupingest.monitor.signal.ContentSignals;
import com.example.backupingest.monitor.srt.SrtIngest;
import com.example.backupingest.monitor.tls.IngestTls;
import com.example.backupingest.monitor.transcode.TranscodeSettings;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The media pipeline for a Spring Boot web application, switched on with {@code monitor.enabled=true}.
 * A StreamKeyDirectory bean of the application wins over the keys from configuration. The edges
 * (distribution servers with sticky failover) come along unless {@code monitor.edge.enabled=false}.
 */
/**
 * The pipeline capability: nginx entrypoints (RTMP, RTMPS, SRT), transcoders, health, key revocations
 * and the monitor API over them. Composed by {@link IngestMonitorAutoConfiguration} (embedded in the
 * portal, ingest host); an edge host does not run it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitorProperties.class)
@Import(MonitorApiSecurity.class)
class PipelineConfiguration {


    private final MonitorProperties properties;
    private final Clock clock;

    PipelineConfiguration(MonitorProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Bean
    PipelineAvailability pipelineAvailability() {
        PipelineAvailability availability = PrerequisiteCheck.check(properties);
        if (!availability.available() && properties.failFast()) {
            throw new IllegalStateException("Media pipeline cannot start: " + availability.summary()
                    + ". Set monitor.fail-fast=false to start without it.");
        }
        return availability;
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessLauncher processLauncher() {
        return new OsProcessLauncher();
    }

    @Bean
    @ConditionalOnMissingBean
    StreamKeyDirectory staticStreamKeyDirectory() {
        return new StaticStreamKeyDirectory(properties.keys());
    }

    /** Picture and sound analysis of every publish, in its transcoder. */
    @Bean
    ContentSignals contentSignals(MonitorEventBus bus) {
        return new ContentSignals(bus, clock);
    }

    @Bean(destroyMethod = "close")
    TranscoderManager transcoderManager(ProcessLauncher launcher, EntrypointLayout layout, ContentSignals signals) {
        return new TranscoderManager(new TranscodeSettings(properties.ffmpeg(), properties.segmentDuration(),
                properties.playlistSize(), layout.restartPolicy(), properties.slowAfter(),
                properties.transcoderStartDelay()), launcher, clock, signals);
    }

    @Bean
    EntrypointLayout monitorEntrypointLayout() {
        return new EntrypointLayout(properties);
    }

    @Bean
    PublishSessions publishSessions(StreamKeyDirectory directory, MonitorEventBus bus, TranscoderManager transcoders,
            EntrypointLayout layout) {
        return new PublishSessions(directory, bus, transcoders, layout.nginxSettings(), clock);
    }

    @Bean(destroyMethod = "close")
    HealthMonitor healthMonitor(PublishSessions sessions, TranscoderManager transcoders, MonitorEventBus bus,
            EntrypointLayout layout, ContentSignals signals, ObjectProvider<HealthIssues> checks, SrtIngest srt) {
        return new HealthMonitor(sessions, transcoders, layout.nginxSettings(), bus,
                new HealthRules(properties.segmentDuration(), properties.slowAfter()),
                new KeyframeProbe(properties.ffprobe()), clock, properties.healthInterval(), signals,
                checks.getIfAvailable(HealthIssues::standard), srt::link, properties.keyframeReprobe());
    }

    /** The RTMPS certificate nginx presents (self-signed in the data folder, or the deployment's files). */
    @Bean(destroyMethod = "close")
    IngestTls ingestTls(EntrypointLayout layout) {
        return new IngestTls(layout.tlsSettings(), clock);
    }

    /** SRT listeners of this process's entrypoints (started with their nginx by the runtime). */
    @Bean(destroyMethod = "close")
    SrtIngest srtIngest(StreamKeyDirectory directory, PublishSessions sessions, ProcessLauncher launcher,
            EntrypointLayout layout) {
        MonitorProperties.Srt srt = properties.srt();
        return new SrtIngest(srt.library(), directory, sessions, launcher, layout.restartPolicy(), clock,
                srt.handshakesPerClient(), srt.handshakeWindow());
    }

    @Bean(destroyMethod = "close")
    PipelineRuntime pipelineRuntime(PipelineAvailability availability, EntrypointLayout layout,
            PublishSessions sessions, TranscoderManager transcoders, HealthMonitor health, ProcessLauncher launcher,
            IngestTls tls, SrtIngest srt) {
        return new PipelineRuntime(properties, availability, layout.nginxSettings(), layout.restartPolicy(), sessions,
                transcoders, health, launcher, clock, tls, srt, layout.srtSettings());
    }

    @Bean
    OriginEndpoints originEndpoints() {
        return new OriginEndpoints(origin(Entrypoint.PRIMARY), origin(Entrypoint.BACKUP));
    }

    private URI origin(Entrypoint entrypoint) {
        return URI.create("http://" + properties.originHost() + ":" + properties.entrypoints().originHttpPort(entrypoint));
    }

    @Bean
    IngestPipeline ingestPipeline(PipelineRuntime runtime, PublishSessions sessions, HealthMonitor health,
            MonitorEventBus bus, OriginEndpoints origins, ObjectProvider<EdgeFleet> edges) {
        return new IngestPipeline(runtime, sessions, health, bus, origins, edges.getIfAvailable());
    }

    /** nginx calls the monitor back, so it starts once the web server's real port is known. */
    @Bean
    PipelineStarter monitorPipelineStarter(PipelineRuntime runtime, ApplicationContext context) {
        return new PipelineStarter(runtime, context);
    }

    @Bean
    RtmpCallbackController rtmpCallbackController(PublishSessions sessions) {
        return new RtmpCallbackController(sessions);
    }

    /** nginx calls back over loopback; nobody else may end or start a publish. First of all filters. */
    @Bean
    FilterRegistrationBean<RtmpCallbackGuard> rtmpCallbackGuard() {
        FilterRegistrationBean<RtmpCallbackGuard> registration = new FilterRegistrationBean<>(new RtmpCallbackGuard());
        registration.addUrlPatterns(MonitorPaths.RTMP_CALLBACKS + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Drops the publishers of revoked keys (told by the portal in-process, or over its revocation stream). */
    @Bean
    KeyRevocations keyRevocations(PublishSessions sessions, StreamKeyDirectory directory, EntrypointLayout layout) {
        return new KeyRevocations(sessions, directory, layout.nginxSettings(), new NginxControl());
    }

    @Bean
    HealthController monitorHealthController(IngestPipeline pipeline) {
        return new HealthController(pipeline);
    }

    @Bean
    EventStreamController monitorEventStreamController(MonitorEventBus bus) {
        return new EventStreamController(bus);
    }
}
