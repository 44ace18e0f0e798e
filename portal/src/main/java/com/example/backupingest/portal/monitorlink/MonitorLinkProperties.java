package com.example.backupingest.portal.monitorlink;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.monitorlink.monitors.<name>.*}: one shared secret per remote monitor, stored only as a
 * hash ({@code secret-hash}: {@code {bcrypt}...} or the SHA-256 of the secret as 64 hex digits), and
 * what that secret may do ({@code role}): {@code ingest-a} authorizes primary keys only,
 * {@code ingest-b} backup keys only, {@code edge} reports viewers of edge host {@code host-index}
 * (its position in {@code portal.viewers.edge-urls}) only. No monitors configured: the endpoint
 * answers 401 to everyone.
 */
@ConfigurationProperties("portal.monitorlink")
public record MonitorLinkProperties(@DefaultValue Map<String, Monitor> monitors) {

    /** What a monitor's secret opens (one door each). */
    public enum Role {
        INGEST_A, INGEST_B, EDGE
    }

    public record Monitor(String secretHash, @Nullable Role role, @Nullable Integer hostIndex) {
    }
}
