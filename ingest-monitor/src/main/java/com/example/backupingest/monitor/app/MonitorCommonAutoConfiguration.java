package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.MonitorEventBus;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What every role (embedded, ingest host, edge host) shares: the one {@link Clock} (UTC, unless the
 * application, e.g. a test with a clock it moves, brings its own) and the one {@link MonitorEventBus}
 * (the pipeline, the followed monitors and the portal's remote-monitor clients publish on it).
 */
@AutoConfiguration
public class MonitorCommonAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    MonitorEventBus monitorEventBus() {
        return new MonitorEventBus();
    }
}
