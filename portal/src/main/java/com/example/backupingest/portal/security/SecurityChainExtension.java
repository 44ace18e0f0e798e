package com.example.backupingest.portal.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets a feature add to the one security filter chain (e.g. support's switch-user filter) while
 * {@code security} stays a leaf that knows no feature. Beans of this type are applied in order.
 */
@FunctionalInterface
public interface SecurityChainExtension {

    void extend(HttpSecurity http) throws Exception;
}
