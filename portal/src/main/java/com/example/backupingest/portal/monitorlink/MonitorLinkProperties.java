package com.example.backupingest.portal.monitorlink;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.monitorlink.monitors.<name>.secret-hash}: one shared secret per remote monitor,
 * stored only as a hash, either {@code {bcrypt}...} or the SHA-256 of the secret as 64 hex digits.
 * No monitors configured: the endpoint answers 401 to everyone.
 */
@ConfigurationProperties("portal.monitorlink")
public record MonitorLinkProperties(@DefaultValue Map<String, Monitor> monitors) {

    public record Monitor(String secretHash) {
    }
}
