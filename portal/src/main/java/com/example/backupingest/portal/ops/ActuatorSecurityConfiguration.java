package com.example.backupingest.portal.ops;

import com.example.backupingest.monitor.api.ops.OperatorSecurity;
import com.example.backupingest.portal.security.LoginThrottle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator gets its own chain, ahead of the Vaadin chain: it matches only actuator paths,
 * speaks HTTP Basic without sessions, and knows only the operator — portal users never reach
 * metrics, and the operator never reaches the portal.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, OperatorProperties operator,
            ObjectProvider<AuthenticationEventPublisher> events, LoginThrottle throttle) throws Exception {
        // The operator's Basic login goes through the portal's login throttle (account + address).
        return OperatorSecurity.actuatorChain(http, operator.operatorUsername(), operator.operatorPasswordHash(),
                events.getIfAvailable(), throttle::guard);
    }
}
