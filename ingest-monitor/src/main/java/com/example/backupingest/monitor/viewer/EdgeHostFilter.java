package com.example.backupingest.monitor.viewer;

import com.example.backupingest.monitor.api.viewer.EdgeHosts;
import com.example.backupingest.monitor.api.viewer.HostShare;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * What a distribution server's port answers: only {@code /edge/**}, and only the logical edges that
 * {@link EdgeHosts#hostFor} gives to that server; anything else is a 404 there (the portal, its login
 * and Vaadin are not reachable on an edge port). Requests on the server's own ports pass untouched.
 * Runs before the security filters, so the 404 comes before any login redirect.
 */
public final class EdgeHostFilter extends HttpFilter {

    private static final String EDGE = "/edge/";

    private final EdgeHostConnectors hosts;

    public EdgeHostFilter(EdgeHostConnectors hosts) {
        this.hosts = hosts;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        OptionalInt host = hosts.hostOfPort(request.getLocalPort());
        if (host.isEmpty() || served(path(request), new HostShare(host.getAsInt(), hosts.hostCount()))) {
            chain.doFilter(request, response);
            return;
        }
        // a plain status, no error dispatch: the error page belongs to the portal, not to an edge port
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(0);
    }

    /** {@code /edge/{content}/{edge}/...} with an edge of this server's share. */
    static boolean served(String path, HostShare share) {
        if (!path.startsWith(EDGE)) {
            return false;
        }
        String[] parts = path.substring(EDGE.length()).split("/", 3);
        return parts.length == 3 && !parts[0].isEmpty() && share.serves(parts[1]);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
