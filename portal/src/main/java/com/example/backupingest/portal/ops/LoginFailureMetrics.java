package com.example.backupingest.portal.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;

/** Counts failed logins (portal form and operator Basic) by failure type; the username is not logged. */
final class LoginFailureMetrics {

    private static final Logger log = LoggerFactory.getLogger(LoginFailureMetrics.class);

    private final MeterRegistry registry;

    LoginFailureMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String type = event.getException().getClass().getSimpleName();
        Counter.builder("portal.login.failures").description("Failed authentications by type").tag("type", type)
                .register(registry).increment();
        log.info("login failed: {}", type);
    }
}
