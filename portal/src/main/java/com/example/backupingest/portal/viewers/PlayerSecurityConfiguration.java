package com.example.backupingest.portal.viewers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The website player is public and lives in other sites' iframes: its own chain for
 * {@code /player/**}, ahead of the Vaadin chain, stateless (no session cookie for viewers), no
 * CSRF (it only reads), and no {@code X-Frame-Options}: the player page sets
 * {@code Content-Security-Policy: frame-ancestors} from the customer's allowed domains itself.
 */
@Configuration(proxyBeanMethods = false)
class PlayerSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain playerFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/player/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.disable()))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }
}
