package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.portal.viewers.BroadcastStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * On air or not, for the player: from the publish events on the portal's bus (in-process pipeline
 * and remote monitors alike), and from health where no event was seen (a publish that began before
 * the portal started). The latest event per entrypoint wins over health, which lags up to a poll;
 * but a start that health contradicts for {@link #HEALTH_CATCH_UP} (the publisher vanished without
 * an end event), or whose monitor became unreachable (its host died), is no longer on air.
 */
@Component
final class PublishBroadcastStatus implements BroadcastStatus, AutoCloseable {

    private record Key(String contentId, Entrypoint entrypoint) {
    }

    static final Duration HEALTH_CATCH_UP = Duration.ofSeconds(10);

    private final HealthSource health;
    private final Clock clock;
    private final Map<Key, MonitorEvent> lastPublishEvent = new ConcurrentHashMap<>();
    private final Set<String> wasLive = ConcurrentHashMap.newKeySet();
    private final AutoCloseable subscription;

    PublishBroadcastStatus(MonitorEventBus bus, HealthSource health, Clock clock) {
        this.health = health;
        this.clock = clock;
        this.subscription = bus.subscribe(this::on);
    }

    /** Runs on the publishing thread (nginx callbacks, SSE readers): one map update. */
    void on(MonitorEvent event) {
        if (event instanceof PublishStarted || event instanceof PublishEnded) {
            Entrypoint entrypoint = event instanceof PublishStarted s ? s.entrypoint() : ((PublishEnded) event).entrypoint();
            // several monitors relay the same publish (ingest host and edges): an older one arriving late loses
            lastPublishEvent.merge(new Key(event.contentId(), entrypoint), event,
                    (old, fresh) -> fresh.at().isBefore(old.at()) ? old : fresh);
            if (event instanceof PublishStarted) {
                wasLive.add(event.contentId());
            }
        }
    }

    @Override
    public State state(String contentId) {
        for (Entrypoint entrypoint : Entrypoint.values()) {
            if (publishing(contentId, entrypoint)) {
                wasLive.add(contentId);
                return State.LIVE;
            }
        }
        return wasLive.contains(contentId) ? State.ENDED : State.NOT_STARTED;
    }

    private boolean publishing(String contentId, Entrypoint entrypoint) {
        MonitorEvent last = lastPublishEvent.get(new Key(contentId, entrypoint));
        Optional<EntrypointHealth> now = health.health(contentId, entrypoint);
        if (last instanceof PublishStarted started) {
            return now.isEmpty() || now.get().publishing() || !UnreachableHealth.REASON.equals(now.get().reason())
                    && !clock.instant().isAfter(started.at().plus(HEALTH_CATCH_UP));
        }
        return now.filter(EntrypointHealth::publishing)
                .filter(h -> !(last instanceof PublishEnded ended) || !PublishEndedHealth.stale(h, ended))
                .isPresent();
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
