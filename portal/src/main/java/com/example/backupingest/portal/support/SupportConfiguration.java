package com.example.backupingest.portal.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Turns servlet session ends into Spring events, so a timed-out impersonation is recorded as ended. */
@Configuration(proxyBeanMethods = false)
class SupportConfiguration {

    @Bean
    HttpSessionEventPublisher supportSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
