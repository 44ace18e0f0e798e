package com.example.backupingest.monitor.ops;

import com.example.backupingest.monitor.api.ops.OperatorSecurity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * A standalone monitor's security (ingest host or edge; the portal brings its own chains): the
 * operator chain for the actuator, and everything else open (nginx callbacks, the monitor API and
 * the edges have no users).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnMissingBean(SecurityFilterChain.class)
@EnableConfigurationProperties(MonitorOpsProperties.class)
public class StandaloneSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain monitorActuatorChain(HttpSecurity http, MonitorOpsProperties ops,
            ObjectProvider<AuthenticationEventPublisher> events) throws Exception {
        return OperatorSecurity.actuatorChain(http, ops.operatorUsername(), ops.operatorPasswordHash(),
                events.getIfAvailable());
    }

    /**
     * Open by design, so without filters: a permit-all chain would still run a dozen security
     * filters on every player request to the edges (docs/benchmarks.md, live CPU).
     */
    @Bean
    @Order(2)
    SecurityFilterChain monitorOpenChain() {
        return new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE);
    }
}
