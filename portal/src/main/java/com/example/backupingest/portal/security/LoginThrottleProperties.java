package com.example.backupingest.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.security.*}: after {@code loginMaxFailures} failed logins for one username, or
 * {@code loginMaxFailuresPerClient} from one client address, within {@code loginFailureWindow},
 * that username or address is refused for {@code loginLock}, even with the right password.
 */
@ConfigurationProperties("portal.security")
public record LoginThrottleProperties(@DefaultValue("5") int loginMaxFailures,
        @DefaultValue("5") int loginMaxFailuresPerClient, @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("5m") Duration loginLock) {

    public static final LoginThrottleProperties DEFAULTS = new LoginThrottleProperties(5, 5, Duration.ofMinutes(15),
            Duration.ofMinutes(5));
}
