package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.FailoverCause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The product's failover rules for one edge, and nothing else. Pure: fed with observations,
 * asked to {@link #decide()}; time comes from the injected clock.
 * <ol>
 * <li>start on the primary;</li>
 * <li>when the active source breaks (publisher gone, or no new segment for the stall threshold),
 * switch to the other one if it is clean;</li>
 * <li>stay there (sticky), even after the first one recovers;</li>
 * <li>when that one breaks too, switch back only if the first is clean again;</li>
 * <li>otherwise hold (no source clean: both down, or publishing without steady segments) and resume
 * with whichever becomes clean first.</li>
 * </ol>
 * A content fault of the active source (black, frozen, silent, missing picture or sound) that lasts
 * its threshold and that the other source does not show at the same time is a break too, but only
 * towards an other source that is clean in every respect; otherwise the edge stays (the faulty
 * source still delivers, a hold would only stop the picture). "Clean" for rules 4 and 5 includes
 * picture and sound: no content fault for the clean time. The first departure (rule 2) after a
 * broken publisher or stall asks only for steady segments: a black picture is better than none.
 */
final class FailoverPolicy {

    private final Clock clock;
    private final Map<Entrypoint, SourceHealth> sources = new EnumMap<>(Entrypoint.class);
    private @Nullable Entrypoint active = Entrypoint.PRIMARY;
    private boolean departed;

    FailoverPolicy(EdgeProperties properties, Clock clock) {
        this.clock = clock;
        for (Entrypoint entrypoint : Entrypoint.values()) {
            sources.put(entrypoint, new SourceHealth(properties, clock.instant()));
        }
    }

    /** Rule 1. */
    Transition start() {
        return new Transition(null, Entrypoint.PRIMARY, FailoverCause.START, clock.instant(), Duration.ZERO);
    }

    Optional<Entrypoint> active() {
        return Optional.ofNullable(active);
    }

    void publishStarted(Entrypoint entrypoint, Instant at) {
        sources.get(entrypoint).publishStarted(at);
    }

    void publishEnded(Entrypoint entrypoint, Instant at) {
        sources.get(entrypoint).publishEnded(at);
    }

    void signal(Entrypoint entrypoint, List<ActiveFault> faults, ContentChecks checks, Instant at) {
        sources.get(entrypoint).signal(faults, checks, at);
    }

    void segmentArrived(Entrypoint entrypoint) {
        sources.get(entrypoint).segmentArrived(clock.instant());
    }

    /** A segment of {@code duration} arrived: a longer one extends the wait for the next (SourceHealth). */
    void segmentArrived(Entrypoint entrypoint, java.time.Duration duration) {
        sources.get(entrypoint).segmentArrived(clock.instant(), duration);
    }

    /** Whether the source delivered a segment since it was last (re)started or watched. */
    boolean delivering(Entrypoint entrypoint) {
        return sources.get(entrypoint).delivering();
    }

    /** Whether any encoder is connected; without one nothing can change but by a publish event. */
    boolean anyPublishing() {
        return sources.values().stream().anyMatch(SourceHealth::publishing);
    }

    Optional<Transition> decide() {
        Instant now = clock.instant();
        if (active == null) {
            return resumeWithFirstClean(now);
        }
        Entrypoint broken = active;
        Optional<SourceHealth.Break> hard = sources.get(broken).breakAt(now);
        if (hard.isPresent()) {
            return hard.map(b -> leave(broken, b.cause(), now, b.observableAt()));
        }
        SourceHealth other = sources.get(broken.other());
        return sources.get(broken).contentBreak(now, other)
                .filter(b -> other.fullyCleanSince(now).isPresent())
                .map(b -> leave(broken, b.cause(), now, b.observableAt()));
    }

    /** An explicit request to treat the active source as broken. */
    Optional<Transition> drill() {
        if (active == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entrypoint drilled = active;
        sources.get(drilled).drilled();
        return Optional.of(leave(drilled, FailoverCause.DRILL, now, now));
    }

    /** Rules 2 and 4 (switch to a clean other source), else rule 5 (hold). */
    private Transition leave(Entrypoint broken, FailoverCause cause, Instant now, Instant observableAt) {
        Entrypoint other = broken.other();
        Duration detection = Duration.between(observableAt, now);
        detection = detection.isNegative() ? Duration.ZERO : detection;
        SourceHealth target = sources.get(other);
        boolean rule2 = !departed;
        departed = true;
        active = (rule2 ? target.clean(now) : resumableSince(other, now).isPresent()) ? other : null;
        return new Transition(broken, active, cause, now, detection);
    }

    /** Fully clean, or else clean but for the programme or a missing sound track (see below). */
    private Optional<Instant> resumableSince(Entrypoint entrypoint, Instant now) {
        SourceHealth source = sources.get(entrypoint);
        return source.fullyCleanSince(now).or(() -> source.cleanButForSetupOrProgrammeSince(now,
                sources.get(entrypoint.other())));
    }

    /**
     * Rule 5: whichever became clean first. With none fully clean, one clean but for the programme or
     * for having no sound track at all: without it a silent camera's stream, once stalled, never came back.
     */
    private Optional<Transition> resumeWithFirstClean(Instant now) {
        record Candidate(Entrypoint entrypoint, Instant cleanSince) {
        }
        Optional<Candidate> first = Stream.of(Entrypoint.values())
                .flatMap(e -> sources.get(e).fullyCleanSince(now).map(at -> new Candidate(e, at)).stream())
                .min(Comparator.comparing(Candidate::cleanSince))
                .or(() -> Stream.of(Entrypoint.values())
                        .flatMap(e -> sources.get(e).cleanButForSetupOrProgrammeSince(now, sources.get(e.other()))
                                .map(at -> new Candidate(e, at)).stream())
                        .min(Comparator.comparing(Candidate::cleanSince)));
        first.ifPresent(c -> active = c.entrypoint());
        return first.map(c -> new Transition(null, c.entrypoint(), FailoverCause.RESUMED, now,
                Duration.between(c.cleanSince(), now)));
    }
}
