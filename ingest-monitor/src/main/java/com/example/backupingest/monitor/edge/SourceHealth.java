package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.event.FailoverCause;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one edge has observed about one entrypoint: publisher present, segment arrivals, since when
 * segments flow steadily. Answers "broken?" (and since when observable) and "clean?".
 */
final class SourceHealth {

    /** A break and the instant it became observable. */
    record Break(Instant observableAt, FailoverCause cause) {
    }

    private final EdgeProperties properties;
    private Instant watchedSince;
    private @Nullable Instant endedAt;
    private @Nullable Instant lastSegmentAt;
    private @Nullable Instant steadySince;
    private boolean publishing;

    SourceHealth(EdgeProperties properties, Instant watchedSince) {
        this.properties = properties;
        this.watchedSince = watchedSince;
    }

    void publishStarted(Instant at) {
        publishing = true;
        endedAt = null;
        lastSegmentAt = null;
        steadySince = null;
        watchedSince = at;
    }

    void publishEnded(Instant at) {
        publishing = false;
        endedAt = at;
        steadySince = null;
    }

    void segmentArrived(Instant at) {
        boolean gap = lastSegmentAt == null
                || Duration.between(lastSegmentAt, at).compareTo(properties.stallThreshold()) >= 0;
        if (endedAt != null) {
            steadySince = null; // late segments of a gone publisher prove nothing
        } else if (steadySince == null || gap) {
            steadySince = at;
        }
        lastSegmentAt = at;
    }

    /** A drilled source must prove itself clean again before it is chosen. */
    void drilled() {
        steadySince = null;
    }

    /** An encoder is connected (between PublishStarted and PublishEnded). */
    boolean publishing() {
        return publishing;
    }

    boolean delivering() {
        return lastSegmentAt != null;
    }

    Optional<Break> breakAt(Instant now) {
        if (endedAt != null) {
            return Optional.of(new Break(endedAt, FailoverCause.PUBLISHER_GONE));
        }
        // Before its first segment a publisher gets the startup grace: its transcoder probes, then writes a segment.
        Instant reference = lastSegmentAt != null ? lastSegmentAt : watchedSince;
        Duration allowed = lastSegmentAt != null ? properties.stallThreshold()
                : properties.stallThreshold().plus(properties.startupGrace());
        Duration silent = Duration.between(reference, now);
        if (silent.compareTo(allowed) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Break(reference.plus(allowed), FailoverCause.STALL));
    }

    boolean clean(Instant now) {
        return cleanSince(now).isPresent();
    }

    /** When this source became clean: publishing, steady segments for the clean time, none missing now. */
    Optional<Instant> cleanSince(Instant now) {
        if (endedAt != null || steadySince == null || lastSegmentAt == null
                || Duration.between(lastSegmentAt, now).compareTo(properties.stallThreshold()) >= 0) {
            return Optional.empty();
        }
        Instant clean = steadySince.plus(properties.cleanTime());
        return clean.isAfter(now) ? Optional.empty() : Optional.of(clean);
    }
}
