package com.example.backupingest.portal.viewers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a content's player may be framed, from its allowed domains: the {@code frame-ancestors}
 * directive the browser enforces, and the same rule for the server's own check of a referring
 * host (so a refused embed can say why instead of showing the browser's blank error).
 */
record EmbedPolicy(List<String> domains) {

    EmbedPolicy {
        domains = List.copyOf(domains);
    }

    /**
     * None listed: any site may embed, so no directive at all. Both schemes (sites still on http
     * count too) and any port: the customer names hosts, and a source without a port would only
     * match the default one, unlike the server-side check of the host.
     */
    Optional<String> frameAncestors() {
        if (domains.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder csp = new StringBuilder("frame-ancestors 'self'");
        domains.forEach(d -> csp.append(" https://").append(d).append(":* http://").append(d).append(":*"));
        return Optional.of(csp.toString());
    }

    boolean allowsHost(String host) {
        if (domains.isEmpty()) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        // "*.example.com" matches sub-domains only, as in CSP.
        return domains.stream().anyMatch(d -> d.startsWith("*.") ? h.endsWith(d.substring(1)) : h.equals(d));
    }
}
