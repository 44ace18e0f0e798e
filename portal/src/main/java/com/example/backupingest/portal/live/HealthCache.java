package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The latest health per content and entrypoint, as reported by remote monitors. */
final class HealthCache {

    private record Key(String contentId, Entrypoint entrypoint) {
    }

    private final Map<Key, EntrypointHealth> latest = new ConcurrentHashMap<>();

    void put(EntrypointHealth health) {
        latest.put(new Key(health.contentId(), health.entrypoint()), health);
    }

    /** Replaces {@code expected} only if it is still the latest (another monitor may have reported since). */
    void replace(EntrypointHealth expected, EntrypointHealth next) {
        latest.replace(new Key(expected.contentId(), expected.entrypoint()), expected, next);
    }

    Optional<EntrypointHealth> get(String contentId, Entrypoint entrypoint) {
        return Optional.ofNullable(latest.get(new Key(contentId, entrypoint)));
    }

    List<EntrypointHealth> all() {
        return latest.values().stream().sorted(Comparator.comparing(EntrypointHealth::contentId)
                .thenComparing(EntrypointHealth::entrypoint)).toList();
    }
}
