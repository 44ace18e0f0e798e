package com.example.backupingest.portal.viewers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the allowed-domains field: entries one per line or comma-separated, each a host name
 * (letters, digits and hyphens in dot-separated labels, at least two labels) or {@code *.} plus
 * one (any sub-domain, as CSP's {@code https://*.example.com} means). No scheme, port, path,
 * spaces, IP addresses or {@code localhost}: {@code frame-ancestors} lists sites, and an IP or a
 * single label names no customer's website. Upper case is folded, duplicates dropped.
 */
public final class EmbedDomainParser {

    public static final int MAX_DOMAINS = 20;
    private static final Pattern SEPARATORS = Pattern.compile("[,\\r\\n]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int MAX_HOST_LENGTH = 253;

    private EmbedDomainParser() {
    }

    public static EmbedDomainInput parse(String text) {
        Set<String> domains = new LinkedHashSet<>();
        for (String raw : SEPARATORS.split(text)) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String domain = entry.toLowerCase(Locale.ROOT);
            if (!isDomain(domain)) {
                return new EmbedDomainInput(List.of(), new EmbedDomainInput.Problem(EmbedDomainInput.Kind.NOT_A_HOST_NAME, entry));
            }
            if (domains.add(domain) && domains.size() > MAX_DOMAINS) {
                return new EmbedDomainInput(List.of(), new EmbedDomainInput.Problem(EmbedDomainInput.Kind.TOO_MANY, entry));
            }
        }
        return new EmbedDomainInput(new ArrayList<>(domains), null);
    }

    static boolean isDomain(String domain) {
        String host = domain.startsWith("*.") ? domain.substring(2) : domain;
        if (host.isEmpty() || host.length() > MAX_HOST_LENGTH) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        // A numeric last label is an IPv4 address (or nothing resolvable), never a website's name.
        return !DIGITS.matcher(labels[labels.length - 1]).matches();
    }
}
