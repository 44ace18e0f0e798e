package com.example.backupingest.portal.support;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Mirrors what the portal's real chain does for these URLs: every request signed in, form login,
 * CSRF on (the default), and the one line the real chain adds for impersonation. A
 * {@code @TestConfiguration}, so component scanning never puts it into other tests' contexts.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestSecurityChain {

    @Bean
    SecurityFilterChain testChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(withDefaults())
                .with(ImpersonationConfigurer.impersonation(), withDefaults());
        return http.build();
    }
}
