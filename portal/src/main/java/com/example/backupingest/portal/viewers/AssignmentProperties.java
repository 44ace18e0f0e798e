package com.example.backupingest.portal.viewers;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.viewers.*}. {@code edgeUrls}: the base URL of every distribution server players are
 * sent to, host k at position k (empty: the in-process edges, on {@code monitor.viewers.edge-ports}
 * or on the portal's own port).
 */
@ConfigurationProperties("portal.viewers")
public record AssignmentProperties(@DefaultValue List<URI> edgeUrls) {
}
