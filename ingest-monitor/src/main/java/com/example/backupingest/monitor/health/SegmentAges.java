package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.Rendition;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Age of the newest segment, taken from the rendition that lags most (a stuck rendition counts). */
final class SegmentAges {

    private SegmentAges() {
    }

    static @Nullable Duration worst(Path contentDir, Instant now) {
        Duration worst = null;
        for (Rendition rendition : Rendition.values()) {
            Optional<Path> newest = HlsFolder.newestSegment(contentDir.resolve(rendition.id()));
            if (newest.isEmpty()) {
                return null;
            }
            Duration age = Duration.between(HlsFolder.modified(newest.get()).toInstant(), now);
            age = age.isNegative() ? Duration.ZERO : age;
            worst = worst == null || age.compareTo(worst) > 0 ? age : worst;
        }
        return worst;
    }
}
