package com.example.backupingest.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.security.*}: at most {@code loginMaxFailures} failed logins for one account from one
 * client address, and {@code loginMaxFailuresPerClient} from one address over all accounts, within
 * {@code loginFailureWindow}; past that, one more attempt every window / limit (even the right
 * password is refused until then). The operator's HTTP Basic login counts the same way.
 */
@ConfigurationProperties("portal.security")
public record LoginThrottleProperties(@DefaultValue("5") int loginMaxFailures,
        @DefaultValue("20") int loginMaxFailuresPerClient, @DefaultValue("15m") Duration loginFailureWindow) {

    public static final LoginThrottleProperties DEFAULTS = new LoginThrottleProperties(5, 20, Duration.ofMinutes(15));

    public LoginThrottleProperties {
        if (loginMaxFailures < 1 || loginMaxFailuresPerClient < 1) {
            throw new IllegalArgumentException("portal.security.login-max-failures(-per-client) must be at least 1");
        }
        if (loginFailureWindow.isNegative() || loginFailureWindow.isZero()) {
            throw new IllegalArgumentException("portal.security.login-failure-window must be positive");
        }
    }
}
