package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.api.viewer.EdgeHosts;
import java.net.URI;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Where a logical edge's distribution server answers players: host {@code EdgeHosts.hostFor(edge, n)}
 * of the configured edge URLs; else of the in-process edge ports on the request's host; else the
 * request's own origin (the edges on the portal's port, one host).
 */
final class DistributionServers {

    private final List<String> edgeUrls;
    private final int portHosts;
    private final IntUnaryOperator portOfHost;

    /** @param portOfHost the port in-process host k listens on (a configured 0 is only known once bound) */
    DistributionServers(List<URI> edgeUrls, int portHosts, IntUnaryOperator portOfHost) {
        this.edgeUrls = edgeUrls.stream().map(URI::toString).map(DistributionServers::withoutTrailingSlash).toList();
        this.portHosts = portHosts;
        this.portOfHost = portOfHost;
    }

    /** In-process edge hosts on exactly the configured ports. */
    static DistributionServers of(List<URI> edgeUrls, List<Integer> edgePorts) {
        return new DistributionServers(edgeUrls, edgePorts.size(), host -> edgePorts.get(host - 1));
    }

    int hostCount() {
        if (!edgeUrls.isEmpty()) {
            return edgeUrls.size();
        }
        return portHosts == 0 ? 1 : portHosts;
    }

    /** The base URL (no trailing slash) below which {@code /edge/{content}/{edgeId}/...} is served. */
    String baseFor(String edgeId, RequestOrigin origin) {
        int host = EdgeHosts.hostFor(edgeId, hostCount());
        if (!edgeUrls.isEmpty()) {
            return edgeUrls.get(host - 1);
        }
        return portHosts == 0 ? origin.base() : origin.withPort(portOfHost.applyAsInt(host));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
