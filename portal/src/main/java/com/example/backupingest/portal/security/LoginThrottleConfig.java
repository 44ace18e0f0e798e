package com.example.backupingest.portal.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LoginThrottleConfig {

    /** Uses the application's Clock bean when there is exactly one (tests may pin time), else UTC. */
    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties properties, Clock clock) {
        return new LoginThrottle(properties, clock);
    }
}
