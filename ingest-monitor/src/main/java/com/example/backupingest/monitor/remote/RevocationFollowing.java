package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.app.IngestMonitorAutoConfiguration;
import com.example.backupingest.monitor.entrypoint.KeyRevocations;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ingest host that asks the portal for keys ({@code monitor.portal-url} and {@code monitor.portal-secret})
 * also follows the portal's revocations, so a revoked key's publisher is dropped within a second or two.
 */
@AutoConfiguration(after = IngestMonitorAutoConfiguration.class)
@ConditionalOnBean(KeyRevocations.class)
@ConditionalOnProperty({"monitor.portal-url", "monitor.portal-secret"})
@EnableConfigurationProperties(RemoteMonitorProperties.class)
public class RevocationFollowing {

    /** Three missed heartbeats of the portal (it sends one every 15 s). */
    static final Duration SILENCE = Duration.ofSeconds(45);

    @Bean(destroyMethod = "close")
    RevocationFollower revocationFollower(RemoteMonitorProperties properties, KeyRevocations revocations,
            ObjectProvider<JsonMapper> json, Clock clock) {
        return new RevocationFollower(Objects.requireNonNull(properties.portalUrl()),
                Objects.requireNonNull(properties.portalSecret()),
                HttpClient.newBuilder().connectTimeout(properties.portalTimeout()).build(),
                json.getIfAvailable(() -> JsonMapper.builder().build()), revocations, properties.reconnect(), SILENCE,
                clock);
    }

    @Bean
    BackgroundClient revocationFollowerLifecycle(RevocationFollower follower) {
        return new BackgroundClient(follower::start, follower);
    }
}
