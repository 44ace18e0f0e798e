package com.example.backupingest.portal.ops;

import com.example.backupingest.portal.live.DatabaseWrites;
import com.example.backupingest.portal.live.FailoverTimeline;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Health contributors and meters of the portal. */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    /** Contributor name {@code remoteMonitors}; empty when the portal follows no remote monitor. */
    @Bean
    RemoteMonitorsHealthContributor remoteMonitorsHealthContributor(
            @Value("${portal.live.remote-monitors:}") List<URI> remoteMonitors) {
        return new RemoteMonitorsHealthContributor(remoteMonitors);
    }

    /** Contributor name {@code databaseWrites} (in the readiness group): DOWN while the database refuses writes. */
    @Bean
    DatabaseWritesHealthIndicator databaseWritesHealthIndicator(FailoverTimeline timeline, DatabaseWrites writes,
            JdbcClient jdbc, DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        return new DatabaseWritesHealthIndicator(timeline, writes, jdbc, dataSource, url.startsWith("jdbc:h2:"));
    }

    @Bean
    PushSessions pushSessions(MeterRegistry registry) {
        PushSessions sessions = new PushSessions();
        Gauge.builder("portal.push.sessions", sessions, PushSessions::count)
                .description("Vaadin UIs attached (open tabs)").register(registry);
        return sessions;
    }

    @Bean
    PushSessionsListener pushSessionsListener(PushSessions sessions) {
        return new PushSessionsListener(sessions);
    }

    @Bean
    OutboxMetrics outboxMetrics(JdbcClient jdbc) {
        return new OutboxMetrics(jdbc);
    }

    @Bean
    LoginFailureMetrics loginFailureMetrics(MeterRegistry registry) {
        return new LoginFailureMetrics(registry);
    }
}
