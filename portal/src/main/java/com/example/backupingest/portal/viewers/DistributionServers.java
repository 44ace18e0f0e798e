package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.viewer.EdgeHosts;
import java.net.URI;
import java.util.List;

/**
 * Where a logical edge's distribution server answers players: host {@code EdgeHosts.hostFor(edge, n)}
 * of the configured edge URLs; else of the in-process edge ports on the request's host; else the
 * request's own origin (the edges on the portal's port, one host).
 */
final class DistributionServers {

    private final List<String> edgeUrls;
    private final List<Integer> edgePorts;

    DistributionServers(List<URI> edgeUrls, List<Integer> edgePorts) {
        this.edgeUrls = edgeUrls.stream().map(URI::toString).map(DistributionServers::withoutTrailingSlash).toList();
        this.edgePorts = List.copyOf(edgePorts);
    }

    int hostCount() {
        if (!edgeUrls.isEmpty()) {
            return edgeUrls.size();
        }
        return edgePorts.isEmpty() ? 1 : edgePorts.size();
    }

    /** The base URL (no trailing slash) below which {@code /edge/{content}/{edgeId}/...} is served. */
    String baseFor(String edgeId, RequestOrigin origin) {
        int host = EdgeHosts.hostFor(edgeId, hostCount());
        if (!edgeUrls.isEmpty()) {
            return edgeUrls.get(host - 1);
        }
        return edgePorts.isEmpty() ? origin.base() : origin.withPort(edgePorts.get(host - 1));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
