package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.MonitorApiProperties;
import com.example.backupingest.monitor.app.IngestPipeline;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.booking.ActiveBookings;
import com.example.backupingest.portal.booking.BookingService;
import com.example.backupingest.portal.mail.MailOutbox;
import com.example.backupingest.portal.security.ContentSecurityPolicy;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.PublicContents;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.viewers.AssignmentProperties;
import com.example.backupingest.portal.viewers.ViewerCounts;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the live feature. One monitor bus (the monitor's {@code MonitorCommonAutoConfiguration}): the
 * in-process pipeline (monitor.enabled) publishes on it, and so do the remote-monitor clients, so
 * everything downstream sees one stream.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitorApiProperties.class)
class LiveConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LiveConfiguration.class);

    /** The preview player reads the edges: when they are elsewhere (a deployment), the page may connect there. */
    @Bean
    ContentSecurityPolicy.Contribution liveEdgeCsp(LiveProperties properties) {
        return () -> properties.edgeUrl() == null ? Map.of()
                : Map.of("connect-src", List.of(ContentSecurityPolicy.origin(properties.edgeUrl())),
                        "media-src", List.of(ContentSecurityPolicy.origin(properties.edgeUrl())));
    }

    @Bean
    HealthCache liveHealthCache() {
        return new HealthCache();
    }

    /** Remote monitors when configured, else the in-process pipeline, else none (with the reason). */
    @Bean
    HealthSource liveHealthSource(LiveProperties properties, ObjectProvider<IngestPipeline> pipeline,
            MonitorEventBus bus, HealthCache cache, MonitorApiProperties api) {
        if (!properties.remoteMonitors().isEmpty()) {
            if (api.authorization() == null) {
                log.warn("portal.live.remote-monitors is set but monitor.api.secret is not: the monitors will answer 401");
            }
            // started by the context (RemoteHealthSource is a SmartLifecycle), not here
            return new RemoteHealthSource(cache, properties.remoteMonitors().stream()
                    .map(uri -> new RemoteMonitorClient(uri, bus, cache, properties, api.authorization())).toList());
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
            ObjectProvider<ViewerCounts> viewerCounts, PublicContents contents, AccountDirectory accounts,
            ObjectProvider<AssignmentProperties> assignment) {
        AssignmentProperties.PerClient limits = assignment.getIfAvailable(
                () -> new AssignmentProperties(List.of(), null, new AssignmentProperties.PerClient(100,
                        Duration.ofSeconds(10), 100_000, 0.2, 10))).perClient();
        return new LiveSnapshots(source, history, edges, new ViewerFigures(viewerCounts.getIfAvailable(), contents,
                accounts, limits.unusualShare(), limits.unusualMinSeats()));
    }

    @Bean(destroyMethod = "close")
    LiveTicker liveTicker(HealthSource source, BitrateHistory history, LiveFanout fanout, LiveSnapshots snapshots,
            LiveProperties properties) {
        return new LiveTicker(source, history, fanout, snapshots, properties.tick());
    }

    /** Retries rows the database refused: 1 s, 2 s, 4 s ... at most 30 s apart; 10,000 rows kept at most. */
    @Bean(destroyMethod = "close")
    TimelineWriter liveTimelineWriter(Clock clock) {
        return new TimelineWriter(clock, Duration.ofSeconds(1), Duration.ofSeconds(30),
                10_000);
    }

    /** The readiness write probe's last result, shown on the Live page. */
    @Bean
    DatabaseWrites liveDatabaseWrites(Clock clock) {
        return new DatabaseWrites(clock);
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
            Clock clock) {
        return new AlertSettings(repository, currentUser, clock);
    }

    @Bean
    FailoverWords failoverWords(I18NProvider i18n) {
        return new FailoverWords(i18n);
    }

    @Bean
    IssueWords issueWords(I18NProvider i18n) {
        return new IssueWords(i18n);
    }

    @Bean(destroyMethod = "close")
    LiveAlerts liveAlerts(AlertSettingsRepository settings, AccountDirectory accounts, LiveProperties properties,
            MailOutbox outbox, TransactionTemplate transactions, Clock clock, FailoverWords words,
            PublicContents contents, @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
            HealthSource health, ActiveBookings bookings) {
        Duration window = properties.alertMinInterval();
        return new LiveAlerts(settings, accounts, new AlertRateLimiter(clock, window),
                new AlertMailComposer(baseUrl, window, ZoneId.of("Europe/Berlin"), words,
                        id -> contents.find(id).map(PublicContents.PublicContent::name).orElse(id)), outbox, transactions,
                health::health, bookings::isStandby, properties.alertFailoverGrace());
    }

    @Bean(destroyMethod = "close")
    LiveEventRouter liveEventRouter(MonitorEventBus bus, EdgeSources edges, FailoverTimeline timeline,
            LiveAlerts alerts, LiveFanout fanout) {
        return new LiveEventRouter(bus, edges, timeline, alerts, fanout);
    }

    @Bean
    LiveService liveService(StreamSetupService setup, BookingService bookings, CurrentUser currentUser,
            HealthSource source, LiveSnapshots snapshots, LiveFanout fanout, LiveProperties properties,
            ObjectProvider<TicketIssuer> tickets, ObjectProvider<ViewerProperties> viewers) {
        return new LiveService(setup, bookings, currentUser, source, snapshots, fanout, properties,
                tickets.getIfAvailable(), viewers.getIfAvailable(() -> ViewerProperties.defaults(true)).previewValidity());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty("portal.live.demo-encoders")
    DemoEncoders demoEncoders(StreamSetupService setup, CurrentUser currentUser, LiveProperties properties,
            DemoEncoderProperties demo, Clock clock) {
        return new DemoEncoders(setup, currentUser, new DemoEncoderArgs(properties.ffmpeg(), properties.demoVideo(),
                properties.demoFps(), Duration.ofSeconds(2)), demo, clock);
    }
}
