package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentCheck;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.ContentFault;
import com.example.backupingest.monitor.api.FailoverCause;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one edge has observed about one entrypoint: publisher present, segment arrivals, since when
 * segments flow steadily, and the picture and sound faults its analysis reports. Answers "broken?"
 * (and since when observable), "a content fault that counts?" and "clean?".
 */
final class SourceHealth {

    /**
     * How far apart the two entrypoints may show the same programme: their encoders and lines differ,
     * so a cut to black reaches one of them up to this much later (or ends earlier).
     */
    static final Duration SKEW = Duration.ofSeconds(1);

    /** A break and the instant it became observable. */
    record Break(Instant observableAt, FailoverCause cause) {
    }

    private final EdgeProperties properties;
    private Instant watchedSince;
    private @Nullable Instant endedAt;
    private @Nullable Instant lastSegmentAt;
    private @Nullable Duration lastSegmentDuration;
    private @Nullable Instant steadySince;
    private boolean publishing;
    private List<ActiveFault> faults = List.of();
    private ContentChecks checks = ContentChecks.DEFAULT;
    /** Per check, when a fault of it was last shown (ended); while one is shown, see {@link #faults}. */
    private final Map<ContentCheck, Instant> shownUntil = new EnumMap<>(ContentCheck.class);
    /** When the last fault that had lasted its threshold ended. */
    private @Nullable Instant faultEndedAt;

    SourceHealth(EdgeProperties properties, Instant watchedSince) {
        this.properties = properties;
        this.watchedSince = watchedSince;
    }

    void publishStarted(Instant at) {
        faults = List.of();
        shownUntil.clear();
        faultEndedAt = null;
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
        segmentArrived(at, properties.segmentDuration());
    }

    /** {@code duration}: the new segment's; the next one may take as long (see {@link #stallAfter()}). */
    void segmentArrived(Instant at, Duration duration) {
        boolean gap = lastSegmentAt == null || Duration.between(lastSegmentAt, at).compareTo(stallAfter()) >= 0;
        lastSegmentDuration = duration;
        if (endedAt != null) {
            steadySince = null; // late segments of a gone publisher prove nothing
        } else if (steadySince == null || gap) {
            steadySince = at;
        }
        lastSegmentAt = at;
    }

    /** The analysis of this entrypoint reported the faults it shows now. */
    void signal(List<ActiveFault> now, ContentChecks contentChecks, Instant at) {
        for (ActiveFault before : faults) {
            if (!now.contains(before)) { // ended, or replaced by a new occurrence
                shownUntil.put(before.fault().check(), at);
                if (counts(before, at)) {
                    faultEndedAt = at;
                }
            }
        }
        faults = List.copyOf(now);
        checks = contentChecks;
    }

    /**
     * A content fault that counts against this source (the active one) at {@code now}: switched on,
     * lasting its threshold, and not shown by {@code other} within that threshold (then it is the
     * programme, e.g. a black slate on both). Observable from the fault's start.
     */
    Optional<Break> contentBreak(Instant now, SourceHealth other) {
        for (ActiveFault fault : faults) {
            Optional<Duration> threshold = checks.threshold(fault.fault());
            if (threshold.isPresent() && fault.lasting(now).compareTo(threshold.get()) >= 0
                    && !other.shows(fault.fault().check(), now.minus(threshold.get()).minus(SKEW))) {
                return Optional.of(new Break(fault.since(), FailoverCause.of(fault.fault())));
            }
        }
        return Optional.empty();
    }

    /** Whether a fault of {@code check} is shown now or was after {@code from}, however short. */
    private boolean shows(ContentCheck check, Instant from) {
        if (faults.stream().anyMatch(f -> f.fault().check() == check)) {
            return true;
        }
        Instant until = shownUntil.get(check);
        return until != null && !until.isBefore(from);
    }

    private boolean counts(ActiveFault fault, Instant now) {
        return checks.threshold(fault.fault()).filter(t -> fault.lasting(now).compareTo(t) >= 0).isPresent();
    }

    /**
     * Picture and sound clean: no fault lasting its threshold now, none ended within the clean time.
     * Shorter faults do not count (a fade through black is no fault).
     */
    boolean contentClean(Instant now) {
        return contentCleanSince(now).isPresent();
    }

    private Optional<Instant> contentCleanSince(Instant now) {
        if (faults.stream().anyMatch(f -> counts(f, now))) {
            return Optional.empty();
        }
        if (faultEndedAt == null) {
            return Optional.of(Instant.MIN);
        }
        Instant clean = faultEndedAt.plus(properties.cleanTime());
        return clean.isAfter(now) ? Optional.empty() : Optional.of(clean);
    }

    /** Clean in every respect: segments steady (rules 2-5) and picture and sound clean (rules 4, 5). */
    Optional<Instant> fullyCleanSince(Instant now) {
        Optional<Instant> content = contentCleanSince(now);
        return content.isEmpty() ? Optional.empty()
                : cleanSince(now).map(segments -> segments.isAfter(content.get()) ? segments : content.get());
    }

    /**
     * For rule 5 when no source is fully clean: steady segments, and every fault that counts is either
     * no sound track at all (how the encoder is set up, e.g. a silent camera: waiting for it would
     * hold the viewers on a frozen picture for good) or one {@code other} shows too (the programme).
     */
    Optional<Instant> cleanButForSetupOrProgrammeSince(Instant now, SourceHealth other) {
        boolean excused = faults.stream().filter(f -> counts(f, now)).allMatch(f -> f.fault() == ContentFault.AUDIO_MISSING
                || other.shows(f.fault().check(), now.minus(SKEW)));
        if (!excused) {
            return Optional.empty();
        }
        Instant content = faultEndedAt == null ? Instant.MIN : faultEndedAt.plus(properties.cleanTime());
        if (content.isAfter(now)) {
            return Optional.empty();
        }
        return cleanSince(now).map(segments -> segments.isAfter(content) ? segments : content);
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
        Duration allowed = lastSegmentAt != null ? stallAfter()
                : properties.stallThreshold().plus(properties.startupGrace());
        Duration silent = Duration.between(reference, now);
        if (silent.compareTo(allowed) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Break(reference.plus(allowed), FailoverCause.STALL));
    }

    /**
     * The stall threshold, for segments longer than the configured ones by as much longer: the copied
     * original's segments last a GOP, and an encoder with a steady 4 s keyframe interval delivers one every
     * 4 s, which is no stall (issue 21; with 2 s segments and a 3 s threshold that flapped hold/resume).
     */
    private Duration stallAfter() {
        Duration threshold = properties.stallThreshold();
        if (lastSegmentDuration == null || lastSegmentDuration.compareTo(properties.segmentDuration()) <= 0) {
            return threshold;
        }
        return threshold.plus(lastSegmentDuration.minus(properties.segmentDuration()));
    }

    boolean clean(Instant now) {
        return cleanSince(now).isPresent();
    }

    /** When this source became clean: publishing, steady segments for the clean time, none missing now. */
    Optional<Instant> cleanSince(Instant now) {
        if (endedAt != null || steadySince == null || lastSegmentAt == null
                || Duration.between(lastSegmentAt, now).compareTo(stallAfter()) >= 0) {
            return Optional.empty();
        }
        Instant clean = steadySince.plus(properties.cleanTime());
        return clean.isAfter(now) ? Optional.empty() : Optional.of(clean);
    }
}
