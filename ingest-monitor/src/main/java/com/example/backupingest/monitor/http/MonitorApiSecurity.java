package com.example.backupingest.monitor.http;

import com.example.backupingest.monitor.api.MonitorApiProperties;

import com.example.backupingest.monitor.api.MonitorPaths;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link MonitorApiGuard} in front of {@code /monitor/api/*} wherever the monitor API runs (ingest
 * host, edge host, a portal with the pipeline inside), ahead of any Spring Security chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitorApiProperties.class)
public class MonitorApiSecurity {

    @Bean
    FilterRegistrationBean<MonitorApiGuard> monitorApiGuard(MonitorApiProperties properties) {
        FilterRegistrationBean<MonitorApiGuard> registration = new FilterRegistrationBean<>(
                new MonitorApiGuard(properties));
        registration.addUrlPatterns(MonitorPaths.API_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
