package com.example.backupingest.portal.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's authentication events into the throttle. Only wrong credentials count:
 * a refused (throttled) attempt publishes no failure event and so cannot extend its own lock.
 */
@Component
class LoginAttemptListener {

    private final LoginThrottle throttle;

    LoginAttemptListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName(),
                ThrottlingAuthenticationProvider.clientOf(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(),
                ThrottlingAuthenticationProvider.clientOf(event.getAuthentication()));
    }
}
