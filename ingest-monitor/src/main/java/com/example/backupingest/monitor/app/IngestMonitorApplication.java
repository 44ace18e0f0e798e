package com.example.backupingest.monitor.app;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The monitor on its own (an ingest server without the portal): same auto-configuration, switched
 * on by default, keys from {@code monitor.keys.*} unless a directory bean is added. No component
 * scan: every role is assembled by the auto-configurations alone (docs/architecture.md, "Role
 * assembly"), the same way the portal embeds them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class IngestMonitorApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    static SpringApplication application() {
        SpringApplication application = new SpringApplication(IngestMonitorApplication.class);
        // Standalone settings (operator chain, management) live beside, not in, the jar's embedded use.
        application.setDefaultProperties(Map.of("monitor.enabled", "true",
                "spring.config.name", "application,monitor-standalone"));
        return application;
    }
}
