package com.example.backupingest.portal.monitorlink;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a monitor in for one request from {@code Authorization: Bearer <secret>}, with its
 * {@link MonitorIdentity} (name, role, host) as the principal the endpoints check. A missing or wrong
 * secret leaves the request anonymous; the chain's entry point then answers 401. Not a bean: Spring
 * Boot would otherwise register it for every request of the portal.
 */
final class MonitorBearerFilter extends OncePerRequestFilter {

    static final String ROLE = "MONITOR";
    private static final String PREFIX = "Bearer ";

    private final MonitorSecrets secrets;

    MonitorBearerFilter(MonitorSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            secrets.monitorFor(header.substring(PREFIX.length()).trim()).ifPresent(monitor -> {
                // looked up per request: Spring Security may install its own strategy after start-up
                SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(monitor, null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
                contexts.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
