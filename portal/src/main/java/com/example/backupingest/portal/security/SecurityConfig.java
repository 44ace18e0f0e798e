package com.example.backupingest.portal.security;


import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.example.backupingest.portal.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one filter chain: Vaadin's defaults (login view, CSRF for Vaadin requests, logout), plus the
 * public HLS edge, the theme, health, and nginx-rtmp's callbacks from this machine only.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private static final RequestMatcher RTMP_CALLBACKS = pathPattern("/monitor/rtmp/**");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            List<SecurityChainExtension> extensions) throws Exception {
        RequestMatcher fromLoopback = new OrRequestMatcher(new IpAddressMatcher("127.0.0.1"),
                new IpAddressMatcher("::1"));
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(auth -> auth
                // An error dispatch (e.g. the actuator chain's 401) keeps its status instead of
                // becoming a redirect to the login view; the original request was checked already.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(pathPattern("/edge/**"), pathPattern("/themes/**"),
                        pathPattern("/actuator/health/**"))
                .permitAll()
                // the embedded monitor's API: its own bearer filter (MonitorApiGuard) already let only its secret in
                .requestMatchers(pathPattern("/monitor/api/**")).permitAll()
                .requestMatchers(new AndRequestMatcher(RTMP_CALLBACKS, fromLoopback)).permitAll()
                .requestMatchers(RTMP_CALLBACKS).denyAll());
        // nginx posts its callbacks as plain forms without a CSRF token; they are loopback-only.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(RTMP_CALLBACKS));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Features add their own filters (support's switch-user) without security knowing them.
        for (SecurityChainExtension extension : extensions) {
            extension.extend(http);
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Throttle first, then the usual password check; failures and successes become events. */
    @Bean
    AuthenticationManager authenticationManager(PortalUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(throttle, passwords));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
