package com.example.backupingest.monitor.api.ops;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's filter chain, shared by the portal and the standalone monitor: {@code health}
 * (with its groups) and {@code info} are public, every other endpoint needs role OPERATOR over
 * HTTP Basic. The operator lives only in this chain's own authentication manager, so it never
 * becomes a portal login. Without a password hash nobody gets in (no default password).
 */
public final class OperatorSecurity {

    public static final String ROLE = "OPERATOR";
    private static final Logger log = LoggerFactory.getLogger(OperatorSecurity.class);

    private OperatorSecurity() {
    }

    public static SecurityFilterChain actuatorChain(HttpSecurity http, String username, @Nullable String passwordHash,
            @Nullable AuthenticationEventPublisher events) throws Exception {
        return actuatorChain(http, username, passwordHash, events, UnaryOperator.identity());
    }

    /**
     * As above, with the password check wrapped by {@code guard}: the portal puts its login throttle
     * there, so guessing the operator's password over Basic is throttled like the login form.
     */
    public static SecurityFilterChain actuatorChain(HttpSecurity http, String username, @Nullable String passwordHash,
            @Nullable AuthenticationEventPublisher events, UnaryOperator<AuthenticationProvider> guard)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .anyRequest().hasRole(ROLE))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authenticationManager(manager(username, passwordHash, events, guard))
                .build();
    }

    static AuthenticationManager manager(String username, @Nullable String passwordHash,
            @Nullable AuthenticationEventPublisher events) {
        return manager(username, passwordHash, events, UnaryOperator.identity());
    }

    static AuthenticationManager manager(String username, @Nullable String passwordHash,
            @Nullable AuthenticationEventPublisher events, UnaryOperator<AuthenticationProvider> guard) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (passwordHash == null || passwordHash.isBlank()) {
            log.warn("no operator password hash configured: actuator endpoints other than health and info are closed");
        } else {
            users.createUser(User.withUsername(username).password(passwordHash).roles(ROLE).build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        ProviderManager manager = new ProviderManager(guard.apply(provider));
        if (events != null) {
            manager.setAuthenticationEventPublisher(events);
        }
        return manager;
    }
}
