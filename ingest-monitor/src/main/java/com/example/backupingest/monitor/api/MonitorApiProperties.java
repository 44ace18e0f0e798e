package com.example.backupingest.monitor.api;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code monitor.api.secret}: the bearer secret of the monitor API ({@code /monitor/api/**}: health,
 * events, edges, follow). Monitors check it, and the same value is what edges send to the ingest hosts
 * they follow and the portal sends to the monitors it follows. Unset: the API answers 401 to everyone
 * (an embedded pipeline needs no HTTP API; the portal reads it in-process).
 */
@ConfigurationProperties("monitor.api")
public record MonitorApiProperties(@Nullable String secret) {

    /** Long enough that guessing over HTTP is hopeless; docker/make-env.sh makes 192-bit ones. */
    public static final int MIN_LENGTH = 16;

    public MonitorApiProperties {
        if (secret != null && secret.isBlank()) {
            secret = null;
        }
        if (secret != null && secret.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("monitor.api.secret must have at least " + MIN_LENGTH + " characters");
        }
    }

    /** The header value a client sends, or null without a secret. */
    public @Nullable String authorization() {
        return secret == null ? null : "Bearer " + secret;
    }
}
