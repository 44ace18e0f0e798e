package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;

import com.example.backupingest.monitor.api.Entrypoint;
import java.time.Duration;
import java.util.Map;

/** Health snapshots for unit tests. */
final class HealthFixtures {

    private HealthFixtures() {
    }

    static EntrypointHealth live(Entrypoint entrypoint, int width, int height, double fps, String codec,
            String profile, String audio, Duration keyframes) {
        return new EntrypointHealth("c1", entrypoint, HealthState.LIVE, "ok", true, 2500L, fps, width, height, codec,
                profile, audio, audio == null ? null : "LC", audio != null, keyframes, Map.of(), Duration.ofSeconds(1),
                null);
    }
}
