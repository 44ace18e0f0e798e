package com.example.backupingest.monitor.signal;

import com.example.backupingest.monitor.api.ActiveFault;
import com.example.backupingest.monitor.api.ContentChecks;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.SignalChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyses of all running publishes on this host. Every change of an entrypoint's faults goes on
 * the bus as {@link SignalChanged} with the content's checks (edges here and on edge hosts decide
 * with them); a state with faults is repeated every {@link #REPEAT}, so a follower that reconnected
 * learns it without waiting for the next change.
 */
public final class ContentSignals {

    static final Duration REPEAT = Duration.ofSeconds(5);

    private final MonitorEventBus bus;
    private final Clock clock;
    private final Map<Key, Watched> watched = new ConcurrentHashMap<>();

    public ContentSignals(MonitorEventBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    /** A new publish: its analysis, reporting to this registry. */
    public SignalAnalysis open(Entrypoint entrypoint, PublishGrant grant) {
        Key key = new Key(grant.contentId(), entrypoint);
        Watched w = new Watched(grant.accountId(), grant.checks());
        w.analysis = new SignalAnalysis(clock, faults -> report(key, w, faults));
        Watched before = watched.put(key, w);
        if (before != null && !before.faults.isEmpty()) {
            report(key, w, List.of());
        }
        return w.analysis;
    }

    /** The publish ended: its faults are gone with it. */
    public void close(Entrypoint entrypoint, String contentId) {
        Key key = new Key(contentId, entrypoint);
        Watched w = watched.remove(key);
        if (w != null && !w.faults.isEmpty()) {
            w.faults = List.of();
            publish(key, w);
        }
    }

    public SignalState state(String contentId, Entrypoint entrypoint) {
        Watched w = watched.get(new Key(contentId, entrypoint));
        return w == null || w.analysis == null ? SignalState.NONE : w.analysis.state();
    }

    public Optional<ContentChecks> checks(String contentId, Entrypoint entrypoint) {
        return Optional.ofNullable(watched.get(new Key(contentId, entrypoint))).map(w -> w.checks);
    }

    /** The customer changed the content's checks while it publishes: edges hear the new ones at once. */
    public void checksChanged(String contentId, Entrypoint entrypoint, ContentChecks checks) {
        Key key = new Key(contentId, entrypoint);
        Watched w = watched.get(key);
        if (w != null && !w.checks.equals(checks)) {
            w.checks = checks;
            publish(key, w);
        }
    }

    /** Repeats states with faults that were last told more than {@link #REPEAT} ago. */
    public void repeatFaulty() {
        Instant now = clock.instant();
        watched.forEach((key, w) -> {
            if (!w.faults.isEmpty() && w.toldAt.plus(REPEAT).isBefore(now)) {
                publish(key, w);
            }
        });
    }

    private void report(Key key, Watched w, List<ActiveFault> faults) {
        if (watched.get(key) != w) {
            return; // an ended publish's last words
        }
        w.faults = faults;
        publish(key, w);
    }

    private void publish(Key key, Watched w) {
        w.toldAt = clock.instant();
        bus.publish(new SignalChanged(w.accountId, key.contentId(), key.entrypoint(), w.faults, w.checks, w.toldAt));
    }

    private record Key(String contentId, Entrypoint entrypoint) {
    }

    private static final class Watched {
        final long accountId;
        volatile ContentChecks checks;
        volatile List<ActiveFault> faults = List.of();
        volatile Instant toldAt = Instant.EPOCH;
        volatile SignalAnalysis analysis;

        Watched(long accountId, ContentChecks checks) {
            this.accountId = accountId;
            this.checks = checks;
        }
    }
}
