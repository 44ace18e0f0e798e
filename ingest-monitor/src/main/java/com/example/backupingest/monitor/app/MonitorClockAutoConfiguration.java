package com.example.backupingest.monitor.app;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one {@link Clock} of every role (embedded, ingest host, edge host): UTC, unless the application
 * (the portal, a test with a clock it moves) brings its own.
 */
@AutoConfiguration
public class MonitorClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
