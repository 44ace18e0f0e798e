package com.example.backupingest.monitor.health;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Probes a rendition's keyframe interval on a new segment, at most once per {@link #REPROBE_AFTER}
 * once it is known: every ffprobe is a process start (about 50 ms CPU), which at one per 2 s segment
 * cost more than the rest of the monitor together (docs/benchmarks.md). A new publish is probed on
 * its first segment; encoders change their keyframe interval only with a new connection.
 */
final class KeyframeTracker {

    static final Duration REPROBE_AFTER = Duration.ofMinutes(5);

    private final KeyframeProbe probe;
    private final Clock clock;
    private final Map<Path, Measured> last = new ConcurrentHashMap<>();

    KeyframeTracker(KeyframeProbe probe, Clock clock) {
        this.probe = probe;
        this.clock = clock;
    }

    Optional<Duration> interval(Path renditionDir) {
        Optional<Path> newest = HlsFolder.newestSegment(renditionDir);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Measured known = last.get(renditionDir);
        Instant now = clock.instant();
        if (known != null && (known.segment().equals(newest.get())
                || known.interval() != null && now.isBefore(known.at().plus(REPROBE_AFTER)))) {
            return Optional.ofNullable(known.interval());
        }
        Duration measured = probe.probe(newest.get()).orElse(known == null ? null : known.interval());
        last.put(renditionDir, new Measured(newest.get(), measured, now));
        return Optional.ofNullable(measured);
    }

    private record Measured(Path segment, @org.jspecify.annotations.Nullable Duration interval, Instant at) {
    }
}
