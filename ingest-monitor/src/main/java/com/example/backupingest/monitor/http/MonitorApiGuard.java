package com.example.backupingest.monitor.http;

import com.example.backupingest.monitor.api.MonitorApiProperties;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor API ({@code /monitor/api/**}) answers only {@code Authorization: Bearer <monitor.api.secret>};
 * everybody else gets 401 before a controller runs (it lists every tenant's contents, publishes and
 * internal URLs). The comparison runs over SHA-256 digests with {@link MessageDigest#isEqual}: its
 * time does not depend on how much of a guess is right. Without a configured secret nobody gets in.
 */
final class MonitorApiGuard extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(MonitorApiGuard.class);
    private static final String PREFIX = "Bearer ";

    private final byte @Nullable [] expected;

    public MonitorApiGuard(MonitorApiProperties properties) {
        this.expected = properties.secret() == null ? null : sha256(properties.secret());
        if (expected == null) {
            log.warn("monitor.api.secret is not set: the monitor API (/monitor/api/**) answers 401 to everyone");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (admitted(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        log.debug("monitor API refused without its secret: {} from {}", request.getRequestURI(),
                request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentLength(0);
    }

    boolean admitted(@Nullable String header) {
        if (expected == null || header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        return MessageDigest.isEqual(sha256(header.substring(PREFIX.length()).trim()), expected);
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
