package com.example.backupingest.portal.security;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of the portal's pages (not the public player, which sends its own
 * frame-ancestors). What Vaadin Flow needs: its bootstrap is an inline script and its client
 * evaluates the server's JavaScript calls ({@code executeJs}) with {@code new Function}, so
 * {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts, inline styles for the Lumo
 * components. Everything else is locked to this origin: no foreign scripts, frames of this page
 * only on this origin (clickjacking), forms post only here, no plugins, no {@code <base>}.
 * Features add the origins they really use (the edges the preview plays from, the player's frame)
 * through {@link Contribution} beans.
 */
public final class ContentSecurityPolicy {

    /** Extra sources per directive, e.g. {@code connect-src -> https://edge.example}. */
    @FunctionalInterface
    public interface Contribution {
        Map<String, List<String>> sources();
    }

    private static final Map<String, List<String>> BASE = baseDirectives();

    private ContentSecurityPolicy() {
    }

    private static Map<String, List<String>> baseDirectives() {
        Map<String, List<String>> d = new LinkedHashMap<>();
        d.put("default-src", List.of("'self'"));
        d.put("script-src", List.of("'self'", "'unsafe-inline'", "'unsafe-eval'"));
        d.put("style-src", List.of("'self'", "'unsafe-inline'"));
        d.put("img-src", List.of("'self'", "data:", "blob:"));
        d.put("font-src", List.of("'self'", "data:"));
        d.put("connect-src", List.of("'self'"));
        d.put("media-src", List.of("'self'", "blob:"));
        d.put("worker-src", List.of("'self'", "blob:"));
        d.put("frame-src", List.of("'self'"));
        d.put("frame-ancestors", List.of("'self'"));
        d.put("form-action", List.of("'self'"));
        d.put("base-uri", List.of("'self'"));
        d.put("object-src", List.of("'none'"));
        return Collections.unmodifiableMap(d);
    }

    /** The header value: the base directives with the contributed sources added, in a stable order. */
    public static String policy(List<? extends Contribution> contributions) {
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        BASE.forEach((directive, sources) -> merged.put(directive, new LinkedHashSet<>(sources)));
        for (Contribution contribution : contributions) {
            contribution.sources().forEach((directive, sources) -> {
                Set<String> set = merged.get(directive);
                if (set == null || directive.equals("frame-ancestors") || directive.equals("form-action")) {
                    throw new IllegalArgumentException("a feature may not widen " + directive);
                }
                for (String source : sources) {
                    if (!isOrigin(source)) {
                        throw new IllegalArgumentException("not an http(s) origin for " + directive + ": " + source);
                    }
                    set.add(source);
                }
            });
        }
        return merged.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join(" ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** {@code scheme://host[:port]} of {@code url}, as CSP names a source. */
    public static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "");
    }

    /** Only plain http(s) origins may be contributed: nothing that could end or extend a directive. */
    static boolean isOrigin(String source) {
        return source.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+");
    }
}
