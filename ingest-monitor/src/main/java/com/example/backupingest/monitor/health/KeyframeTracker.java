package com.example.backupingest.monitor.health;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Probes a rendition's keyframe interval with ffprobe when it may have changed, not on every segment:
 * every ffprobe is a process start (about 50 ms CPU), which at one per 2 s segment cost more than the
 * rest of the monitor together (docs/benchmarks.md). Probed again: on the first segment of every
 * publish; when a new segment's length differs from the measured one's by more than
 * {@link #CHANGED_BY} (the HLS muxer cuts the copied original at keyframes, so a GOP that stretches
 * or shrinks shows in the segment lengths); and at the latest after {@code reprobeAfter}
 * ({@code monitor.keyframe-reprobe}, default {@link #REPROBE_AFTER}; KeyframeIntervalTest sets it long, so
 * that only the publish and change triggers can pass it).
 */
final class KeyframeTracker {

    static final Duration REPROBE_AFTER = Duration.ofSeconds(30);
    static final Duration CHANGED_BY = Duration.ofMillis(100);

    private final KeyframeProbe probe;
    private final Clock clock;
    private final Duration reprobeAfter;
    private final Map<Path, Measured> last = new ConcurrentHashMap<>();

    KeyframeTracker(KeyframeProbe probe, Clock clock, Duration reprobeAfter) {
        this.probe = probe;
        this.clock = clock;
        this.reprobeAfter = reprobeAfter;
    }

    /** {@code publishSince} tells publishes apart: a new one is never answered from an old measurement. */
    Optional<Duration> interval(Path renditionDir, Instant publishSince) {
        Optional<HlsFolder.Newest> newest = HlsFolder.newest(renditionDir);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Measured known = last.get(renditionDir);
        Instant now = clock.instant();
        if (known != null && known.publishSince().equals(publishSince) && !due(known, newest.get(), now)) {
            return Optional.ofNullable(known.interval());
        }
        boolean samePublish = known != null && known.publishSince().equals(publishSince);
        KeyframeProbe.Probed probed = probe.probeAll(newest.get().segment());
        Duration measured = probed.interval() != null ? probed.interval() : samePublish ? known.interval() : null;
        String profile = probed.profile() != null ? probed.profile() : samePublish ? known.profile() : null;
        last.put(renditionDir, new Measured(publishSince, newest.get(), measured, profile, now));
        return Optional.ofNullable(measured);
    }

    /** The video profile ffprobe named at the last measurement of this publish. */
    Optional<String> profile(Path renditionDir, Instant publishSince) {
        Measured known = last.get(renditionDir);
        return known == null || !known.publishSince().equals(publishSince) ? Optional.empty()
                : Optional.ofNullable(known.profile());
    }

    private boolean due(Measured known, HlsFolder.Newest newest, Instant now) {
        if (known.segment().segment().equals(newest.segment())) {
            return false;
        }
        return known.interval() == null || !now.isBefore(known.at().plus(reprobeAfter))
                || known.segment().duration().minus(newest.duration()).abs().compareTo(CHANGED_BY) > 0;
    }

    private record Measured(Instant publishSince, HlsFolder.Newest segment, @Nullable Duration interval,
            @Nullable String profile, Instant at) {
    }
}
