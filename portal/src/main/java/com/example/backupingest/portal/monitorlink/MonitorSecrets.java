package com.example.backupingest.portal.monitorlink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Which configured monitor a presented secret belongs to. Comparisons take the same time however
 * much of a secret is right ({@link MessageDigest#isEqual} over SHA-256 digests; bcrypt's own check),
 * and every monitor is checked, so timing tells nothing about names or prefixes. A bcrypt monitor's
 * secret is verified with bcrypt once; its digest is then checked like a SHA-256 hash, so one bcrypt
 * monitor does not make every monitor request (a publish, a viewer report each second) pay bcrypt's
 * cost (seconds under load). Unknown secrets still do. Every monitor needs a role (and an edge host its
 * host index): a secret without one would open every door, so the portal refuses to start.
 */
final class MonitorSecrets {

    private static final Pattern SHA256_HEX = Pattern.compile("(\\{sha256})?[0-9a-fA-F]{64}");
    private static final String BCRYPT = "{bcrypt}";

    private final PasswordEncoder bcrypt;
    private final Map<MonitorIdentity, byte[]> digests = new LinkedHashMap<>();
    private final Map<MonitorIdentity, String> bcryptHashes = new LinkedHashMap<>();
    /** Digests of bcrypt monitors' secrets once bcrypt accepted them: at most one per monitor. */
    private final Map<MonitorIdentity, byte[]> verified = new ConcurrentHashMap<>();

    MonitorSecrets(MonitorLinkProperties properties) {
        this(properties, new BCryptPasswordEncoder());
    }

    MonitorSecrets(MonitorLinkProperties properties, PasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
        properties.monitors().forEach((name, monitor) -> {
            MonitorIdentity identity = identity(name, monitor);
            String hash = monitor.secretHash();
            if (hash.startsWith(BCRYPT)) {
                bcryptHashes.put(identity, hash.substring(BCRYPT.length()));
            } else if (SHA256_HEX.matcher(hash).matches()) {
                digests.put(identity, HexFormat.of().parseHex(hash.substring(hash.length() - 64)));
            } else {
                throw new IllegalStateException("portal.monitorlink.monitors." + name
                        + ".secret-hash must be {bcrypt}... or 64 hex digits of SHA-256");
            }
        });
    }

    Optional<MonitorIdentity> monitorFor(String secret) {
        byte[] digest = sha256(secret);
        MonitorIdentity match = null;
        for (Map<MonitorIdentity, byte[]> known : List.of(digests, verified)) {
            for (Map.Entry<MonitorIdentity, byte[]> check : known.entrySet()) {
                if (MessageDigest.isEqual(digest, check.getValue()) && match == null) {
                    match = check.getKey();
                }
            }
        }
        if (match != null) {
            return Optional.of(match);
        }
        for (Map.Entry<MonitorIdentity, String> check : bcryptHashes.entrySet()) {
            if (bcrypt.matches(secret, check.getValue()) && match == null) {
                match = check.getKey();
                verified.put(match, digest);
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

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
