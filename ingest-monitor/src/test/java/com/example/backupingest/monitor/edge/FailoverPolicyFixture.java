package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.ContentFault;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FailoverPolicy} on a {@link MutableClock} with 2 s segments, shared by the failover-rule tests:
 * time only moves through {@link #run}, which polls every 250 ms and delivers a segment every 2 s per
 * producing source; every decision the policy takes lands in {@link #transitions}.
 */
final class FailoverPolicyFixture {

    static final Duration TICK = Duration.ofMillis(250);
    static final Duration SEGMENT = Duration.ofSeconds(2);

    final MutableClock clock;
    final FailoverPolicy policy;
    final List<Transition> transitions = new ArrayList<>();
    /** The content checks {@link #show} signals with. */
    ContentChecks checks = ContentChecks.DEFAULT;
    /** Per producing source: time since its last segment (an encoder delivers one segment after start). */
    private final Map<Entrypoint, Duration> producing = new EnumMap<>(Entrypoint.class);
    private final Map<Entrypoint, List<ActiveFault>> shown = new EnumMap<>(Entrypoint.class);

    FailoverPolicyFixture(Instant start) {
        clock = new MutableClock(start);
        policy = new FailoverPolicy(EdgeProperties.DEFAULTS, clock);
    }

    /** The policy starts, both sources publish and produce for 10 s. */
    void bothPublishAndProduce() {
        transitions.add(policy.start());
        start(Entrypoint.PRIMARY);
        start(Entrypoint.BACKUP);
        run(Duration.ofSeconds(10));
    }

    void start(Entrypoint source) {
        policy.publishStarted(source, clock.instant());
        producing.put(source, Duration.ZERO);
        shown.remove(source);
        decide();
    }

    /** The encoder hangs: no more segments, the publisher stays connected. */
    void stopProducing(Entrypoint source) {
        producing.remove(source);
    }

    /** The encoder delivers segments again (after {@link #stopProducing}), the first one a segment later. */
    void resumeProducing(Entrypoint source) {
        producing.put(source, Duration.ZERO);
    }

    Optional<Transition> end(Entrypoint source) {
        return end(source, clock.instant());
    }

    Optional<Transition> end(Entrypoint source, Instant at) {
        producing.remove(source);
        policy.publishEnded(source, at);
        return decide();
    }

    /** The source's analysis shows these faults from now (a fault already shown keeps its start). */
    void show(Entrypoint source, ContentFault... faults) {
        List<ActiveFault> before = shown.getOrDefault(source, List.of());
        List<ActiveFault> now = new ArrayList<>();
        for (ContentFault fault : faults) {
            now.add(before.stream().filter(f -> f.fault() == fault).findFirst()
                    .orElse(new ActiveFault(fault, clock.instant())));
        }
        shown.put(source, now);
        policy.signal(source, now, checks, clock.instant());
        decide();
    }

    /** Poll every 250 ms; producing sources deliver a segment every 2 s. */
    void run(Duration duration) {
        for (Duration left = duration; left.isPositive(); left = left.minus(TICK)) {
            clock.advance(TICK);
            producing.replaceAll((source, since) -> {
                Duration later = since.plus(TICK);
                if (later.compareTo(SEGMENT) < 0) {
                    return later;
                }
                policy.segmentArrived(source);
                return Duration.ZERO;
            });
            decide();
        }
    }

    private Optional<Transition> decide() {
        Optional<Transition> t = policy.decide();
        t.ifPresent(transitions::add);
        return t;
    }
}
