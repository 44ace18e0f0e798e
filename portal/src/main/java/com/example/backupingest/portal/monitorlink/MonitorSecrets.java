package com.example.backupingest.portal.monitorlink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Which configured monitor a presented secret belongs to. Comparisons take the same time however
 * much of a secret is right (bcrypt's own check; {@link MessageDigest#isEqual} for SHA-256), and
 * every monitor is checked, so timing tells nothing about names or prefixes. Every monitor needs a
 * role (and an edge host its host index): a secret without one would open every door, so the portal
 * refuses to start.
 */
final class MonitorSecrets {

    private static final Pattern SHA256_HEX = Pattern.compile("(\\{sha256})?[0-9a-fA-F]{64}");
    private static final String BCRYPT = "{bcrypt}";

    private final Map<MonitorIdentity, Predicate<String>> checks = new LinkedHashMap<>();

    MonitorSecrets(MonitorLinkProperties properties) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        properties.monitors().forEach((name, monitor) -> checks.put(identity(name, monitor),
                check(name, monitor.secretHash(), bcrypt)));
    }

    Optional<MonitorIdentity> monitorFor(String secret) {
        MonitorIdentity match = null;
        for (Map.Entry<MonitorIdentity, Predicate<String>> check : checks.entrySet()) {
            if (check.getValue().test(secret) && match == null) {
                match = check.getKey();
            }
        }
        return Optional.ofNullable(match);
    }

    private static MonitorIdentity identity(String name, MonitorLinkProperties.Monitor monitor) {
        String prefix = "portal.monitorlink.monitors." + name;
        if (monitor.role() == null) {
            throw new IllegalStateException(prefix + ".role must be set: ingest-a, ingest-b or edge");
        }
        if (monitor.role() == MonitorLinkProperties.Role.EDGE) {
            if (monitor.hostIndex() == null || monitor.hostIndex() < 1) {
                throw new IllegalStateException(prefix + ".host-index must be set for an edge host (1, 2, ...: its"
                        + " position in portal.viewers.edge-urls)");
            }
            return new MonitorIdentity(name, monitor.role(), monitor.hostIndex());
        }
        if (monitor.hostIndex() != null) {
            throw new IllegalStateException(prefix + ".host-index is for edge hosts only");
        }
        return new MonitorIdentity(name, monitor.role(), 0);
    }

    private static Predicate<String> check(String name, String hash, BCryptPasswordEncoder bcrypt) {
        if (hash.startsWith(BCRYPT)) {
            String encoded = hash.substring(BCRYPT.length());
            return secret -> bcrypt.matches(secret, encoded);
        }
        if (SHA256_HEX.matcher(hash).matches()) {
            byte[] expected = HexFormat.of().parseHex(hash.substring(hash.length() - 64));
            return secret -> MessageDigest.isEqual(sha256(secret), expected);
        }
        throw new IllegalStateException("portal.monitorlink.monitors." + name
                + ".secret-hash must be {bcrypt}... or 64 hex digits of SHA-256");
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
