package com.example.backupingest.portal.support;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Mirrors the portal's real chain: Vaadin's configurer (CSRF for everything but Vaadin's own
 * requests, any other request denied) plus the one line the real chain adds for impersonation.
 * A {@code @TestConfiguration}, so component scanning never puts it into other tests' contexts.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestSecurityChain {

    @Bean
    SecurityFilterChain testChain(HttpSecurity http) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login"))
                .with(ImpersonationConfigurer.impersonation(), withDefaults());
        return http.build();
    }
}
