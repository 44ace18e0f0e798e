package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.MonitorPaths;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Its own filter chain for {@code /api/monitor/**}, ahead of the portal's Vaadin chain: stateless,
 * no CSRF (no browser, no cookies), no login page; only the bearer secret of a configured monitor
 * gets in, everything else is 401. What a secret may do there (its role) the endpoints decide.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitorLinkProperties.class)
class MonitorLinkSecurityConfiguration {

    @Bean
    MonitorSecrets monitorSecrets(MonitorLinkProperties properties) {
        return new MonitorSecrets(properties);
    }

    @Bean
    @Order(0)
    SecurityFilterChain monitorLinkFilterChain(HttpSecurity http, MonitorSecrets secrets) throws Exception {
        return http.securityMatcher(MonitorPaths.PORTAL_API + "/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(new MonitorBearerFilter(secrets), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // the revocation stream's async dispatches carry no bearer: the request itself was checked
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                        .permitAll().anyRequest().hasRole(MonitorBearerFilter.ROLE))
                .build();
    }
}
