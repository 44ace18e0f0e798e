package com.example.backupingest.monitor.ops;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The standalone monitor's operator ({@code monitor.ops.*}): username and a password hash with
 * its encoding prefix, e.g. {@code {bcrypt}$2a$...}. No hash, no operator.
 */
@ConfigurationProperties("monitor.ops")
record MonitorOpsProperties(@DefaultValue("operator") String operatorUsername,
        @Nullable String operatorPasswordHash) {
}
