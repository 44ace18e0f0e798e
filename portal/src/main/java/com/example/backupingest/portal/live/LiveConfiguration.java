package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.event.MonitorEventBus;
import com.example.backupingest.monitor.viewer.ViewerTickets;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.mail.MailOutbox;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.PublicContents;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.viewers.ViewerCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the live feature. The portal owns the monitor bus: the in-process pipeline (monitor.enabled)
 * publishes on it, and so do the remote-monitor clients, so everything downstream sees one stream.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MonitorEventBus monitorEventBus() {
        return new MonitorEventBus();
    }

    @Bean
    HealthCache liveHealthCache() {
        return new HealthCache();
    }

    /** Remote monitors when configured, else the in-process pipeline, else none (with the reason). */
    @Bean
    HealthSource liveHealthSource(LiveProperties properties, ObjectProvider<IngestPipeline> pipeline,
            MonitorEventBus bus, HealthCache cache) {
        if (!properties.remoteMonitors().isEmpty()) {
            List<RemoteMonitorClient> clients = properties.remoteMonitors().stream()
                    .map(uri -> new RemoteMonitorClient(uri, bus, cache, properties)).toList();
            clients.forEach(RemoteMonitorClient::start);
            return new RemoteHealthSource(cache, clients);
        }
        IngestPipeline local = pipeline.getIfAvailable();
        return local != null ? new LocalHealthSource(local) : new NoHealthSource();
    }

    @Bean
    BitrateHistory liveBitrateHistory(LiveProperties properties) {
        return new BitrateHistory(properties.sparklineSamples());
    }

    @Bean
    EdgeSources liveEdgeSources() {
        return new EdgeSources();
    }

    @Bean(destroyMethod = "close")
    LiveFanout liveFanout() {
        return new LiveFanout();
    }

    @Bean
    LiveSnapshots liveSnapshots(HealthSource source, BitrateHistory history, EdgeSources edges,
            ObjectProvider<ViewerCounts> viewerCounts, PublicContents contents, AccountDirectory accounts) {
        return new LiveSnapshots(source, history, edges,
                new ViewerFigures(viewerCounts.getIfAvailable(), contents, accounts));
    }

    @Bean(destroyMethod = "close")
    LiveTicker liveTicker(HealthSource source, BitrateHistory history, LiveFanout fanout, LiveSnapshots snapshots,
            LiveProperties properties) {
        return new LiveTicker(source, history, fanout, snapshots, properties.tick());
    }

    /** Retries rows the database refused: 1 s, 2 s, 4 s ... at most 30 s apart; 10,000 rows kept at most. */
    @Bean(destroyMethod = "close")
    TimelineWriter liveTimelineWriter(ObjectProvider<Clock> clock) {
        return new TimelineWriter(clock.getIfUnique(Clock::systemUTC), Duration.ofSeconds(1), Duration.ofSeconds(30),
                10_000);
    }

    @Bean
    FailoverTimeline failoverTimeline(JdbcClient jdbc, AccountDirectory accounts, CurrentUser currentUser,
            TimelineWriter writer) {
        return new FailoverTimeline(new TimelineRepository(jdbc), accounts, currentUser, writer);
    }

    @Bean
    SeatsFullRecorder liveSeatsFullRecorder(FailoverTimeline timeline, LiveFanout fanout) {
        return new SeatsFullRecorder(timeline, fanout);
    }

    @Bean
    AlertSettingsRepository liveAlertSettingsRepository(JdbcClient jdbc) {
        return new AlertSettingsRepository(jdbc);
    }

    @Bean
    AlertSettings liveAlertSettings(AlertSettingsRepository repository, CurrentUser currentUser,
            ObjectProvider<Clock> clock) {
        return new AlertSettings(repository, currentUser, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    LiveAlerts liveAlerts(AlertSettingsRepository settings, AccountDirectory accounts, LiveProperties properties,
            MailOutbox outbox, TransactionTemplate transactions, ObjectProvider<Clock> clock,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        Duration window = properties.alertMinInterval();
        return new LiveAlerts(settings, accounts, new AlertRateLimiter(clock.getIfUnique(Clock::systemUTC), window),
                new AlertMailComposer(baseUrl, window, ZoneId.of("Europe/Berlin")), outbox, transactions);
    }

    @Bean(destroyMethod = "close")
    LiveEventRouter liveEventRouter(MonitorEventBus bus, EdgeSources edges, FailoverTimeline timeline,
            LiveAlerts alerts, LiveFanout fanout) {
        return new LiveEventRouter(bus, edges, timeline, alerts, fanout);
    }

    @Bean
    LiveService liveService(StreamSetupService setup, BookingService bookings, CurrentUser currentUser,
            HealthSource source, LiveSnapshots snapshots, LiveFanout fanout, LiveProperties properties,
            ObjectProvider<ViewerTickets> tickets) {
        return new LiveService(setup, bookings, currentUser, source, snapshots, fanout, properties,
                tickets.getIfAvailable());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty("portal.live.demo-encoders")
    DemoEncoders demoEncoders(StreamSetupService setup, CurrentUser currentUser, LiveProperties properties) {
        return new DemoEncoders(setup, currentUser, new DemoEncoderArgs(properties.ffmpeg(), properties.demoVideo(),
                properties.demoFps(), Duration.ofSeconds(2)));
    }
}
