package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.SrtAccess;
import com.example.backupingest.monitor.api.SrtPassphrases;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keys from configuration, for the standalone monitor and tests: {@code key ->
 * accountId:contentId:entrypoint:edgeCount}, entrypoint as A/B or PRIMARY/BACKUP.
 */
final class StaticStreamKeyDirectory implements StreamKeyDirectory {

    private final Map<String, PublishGrant> grants;

    public StaticStreamKeyDirectory(Map<String, String> keys) {
        Map<String, PublishGrant> parsed = new HashMap<>();
        keys.forEach((key, value) -> parsed.put(key, parse(value)));
        this.grants = Map.copyOf(parsed);
    }

    @Override
    public Optional<PublishGrant> authorize(Entrypoint entrypoint, String streamKey) {
        return Optional.ofNullable(grants.get(streamKey)).filter(g -> g.entrypoint() == entrypoint);
    }

    /** The passphrase of the content's configured key on that entrypoint (several keys: any one of them). */
    @Override
    public Optional<SrtAccess> srtAccess(Entrypoint entrypoint, String contentId) {
        return grants.entrySet().stream()
                .filter(e -> e.getValue().entrypoint() == entrypoint && e.getValue().contentId().equals(contentId))
                .sorted(Map.Entry.comparingByKey())
                .findFirst()
                .map(e -> new SrtAccess(e.getValue(), SrtPassphrases.of(e.getKey())));
    }

    static PublishGrant parse(String value) {
        String[] parts = value.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "monitor.keys values need accountId:contentId:entrypoint:edgeCount, got " + parts.length + " parts");
        }
        Entrypoint entrypoint = switch (parts[2].trim().toUpperCase()) {
            case "A", "PRIMARY" -> Entrypoint.PRIMARY;
            case "B", "BACKUP" -> Entrypoint.BACKUP;
            default -> throw new IllegalArgumentException("entrypoint must be A or B: " + parts[2]);
        };
        return new PublishGrant(Long.parseLong(parts[0].trim()), parts[1].trim(), entrypoint,
                Integer.parseInt(parts[3].trim()));
    }
}
