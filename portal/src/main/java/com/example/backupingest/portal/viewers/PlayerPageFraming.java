package com.example.backupingest.portal.viewers;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells, before answering, whether the browser is about to refuse the page anyway: it loads the
 * player into an iframe ({@code Sec-Fetch-Dest: iframe}) of a site whose host the policy does
 * not allow. The embedding site is the {@code Origin}, else the {@code Referer} (browsers send at
 * least its origin across sites by default). Without either, nothing is refused here and the CSP
 * header alone decides. The portal itself (its own preview) always may.
 */
@Component
class PlayerPageFraming {

    private final URI portal;

    PlayerPageFraming(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.portal = URI.create(baseUrl);
    }

    boolean refused(HttpServletRequest request, EmbedPolicy policy) {
        if (!"iframe".equalsIgnoreCase(request.getHeader("Sec-Fetch-Dest"))) {
            return false;
        }
        Optional<URI> embedder = parse(request.getHeader("Origin")).or(() -> parse(request.getHeader("Referer")));
        if (embedder.isEmpty()) {
            return false;
        }
        URI site = embedder.get();
        if (sameOrigin(site, portal) || sameOrigin(site, ownOrigin(request))) {
            return false;
        }
        return !policy.allowsHost(site.getHost());
    }

    private static URI ownOrigin(HttpServletRequest request) {
        return URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }

    private static Optional<URI> parse(@Nullable String header) {
        if (header == null || header.isBlank() || header.equals("null")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(header);
            return uri.getHost() == null || uri.getScheme() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
