package com.example.backupingest.portal.ops;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator who may read actuator endpoints beyond health and info ({@code portal.ops.*}).
 * The hash carries its encoding prefix ({@code {bcrypt}$2a$...}); without one nobody gets in —
 * only the demo profile sets a default.
 */
@ConfigurationProperties("portal.ops")
record OperatorProperties(@DefaultValue("operator") String operatorUsername, @Nullable String operatorPasswordHash) {
}
