package com.example.backupingest.monitor.health;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Probes a rendition's keyframe interval once per new segment, not once per poll: ffprobe is a
 * process start on a machine that also transcodes.
 */
final class KeyframeTracker {

    private final KeyframeProbe probe;
    private final Map<Path, Measured> last = new ConcurrentHashMap<>();

    KeyframeTracker(KeyframeProbe probe) {
        this.probe = probe;
    }

    Optional<Duration> interval(Path renditionDir) {
        Optional<Path> newest = HlsFolder.newestSegment(renditionDir);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Measured known = last.get(renditionDir);
        if (known != null && known.segment().equals(newest.get())) {
            return Optional.ofNullable(known.interval());
        }
        Duration measured = probe.probe(newest.get()).orElse(known == null ? null : known.interval());
        last.put(renditionDir, new Measured(newest.get(), measured));
        return Optional.ofNullable(measured);
    }

    private record Measured(Path segment, @org.jspecify.annotations.Nullable Duration interval) {
    }
}
