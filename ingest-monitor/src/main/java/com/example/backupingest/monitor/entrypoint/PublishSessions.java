package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.StreamLogContext;
import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.PublishGrant;
import com.example.backupingest.monitor.StreamKeyDirectory;
import com.example.backupingest.monitor.StreamKeys;
import com.example.backupingest.monitor.event.MonitorEventBus;
import com.example.backupingest.monitor.event.PublishEnded;
import com.example.backupingest.monitor.event.PublishRefused;
import com.example.backupingest.monitor.event.PublishStarted;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides nginx-rtmp's on_publish callbacks and keeps the running publishes: an accepted publish
 * starts a transcoder for its content, a finished one stops it. Keys are logged masked only.
 */
public final class PublishSessions {

    private static final Logger log = LoggerFactory.getLogger(PublishSessions.class);

    private final StreamKeyDirectory directory;
    private final MonitorEventBus bus;
    private final TranscoderManager transcoders;
    private final Map<Entrypoint, NginxSettings> entrypoints;
    private final Clock clock;
    /** Keyed by entrypoint and stream key, as nginx reports them. */
    private final Map<Slot, ActivePublish> active = new ConcurrentHashMap<>();

    public PublishSessions(StreamKeyDirectory directory, MonitorEventBus bus, TranscoderManager transcoders,
            Map<Entrypoint, NginxSettings> entrypoints, Clock clock) {
        this.directory = directory;
        this.bus = bus;
        this.transcoders = transcoders;
        this.entrypoints = Map.copyOf(entrypoints);
        this.clock = clock;
    }

    /** True when the key may publish here; the transcoder is started before answering. */
    public boolean publish(Entrypoint entrypoint, String streamKey, String clientAddress) {
        Optional<PublishGrant> grant = directory.authorize(entrypoint, streamKey);
        if (grant.isEmpty() || grant.get().entrypoint() != entrypoint) {
            return refuse(entrypoint, streamKey, clientAddress, "unknown", "unknown key");
        }
        PublishGrant accepted = grant.get();
        ActivePublish publish = new ActivePublish(accepted, entrypoint, streamKey, clientAddress, clock.instant());
        if (active.putIfAbsent(new Slot(entrypoint, streamKey), publish) != null) {
            // nginx would reject the second encoder anyway; its publish_done must not end the first one
            return refuse(entrypoint, streamKey, clientAddress, accepted.contentId(), "key already publishing");
        }
        NginxSettings nginx = entrypoints.get(entrypoint);
        URI input = URI.create("rtmp://127.0.0.1:" + nginx.rtmpPort() + "/live/" + streamKey);
        transcoders.start(entrypoint, accepted.contentId(), input, streamKey,
                nginx.hlsRoot().resolve(accepted.contentId()));
        try (var ignored = StreamLogContext.open(accepted.accountId(), accepted.contentId(), entrypoint, null)) {
            log.info("publish accepted: {}", publish);
        }
        bus.publish(new PublishStarted(accepted.accountId(), accepted.contentId(), entrypoint, accepted.edgeCount(),
                publish.since()));
        return true;
    }

    private boolean refuse(Entrypoint entrypoint, String streamKey, String clientAddress, String contentId,
            String why) {
        try (var ignored = StreamLogContext.open(null, contentId, entrypoint, null)) {
            log.warn("refused publish on entrypoint {} from {} with key {}: {}", entrypoint, clientAddress,
                    StreamKeys.mask(streamKey), why);
        }
        bus.publish(new PublishRefused(contentId, entrypoint, clientAddress, StreamKeys.mask(streamKey),
                clock.instant()));
        return false;
    }

    public void publishDone(Entrypoint entrypoint, String streamKey, String reason) {
        ActivePublish publish = active.remove(new Slot(entrypoint, streamKey));
        if (publish != null) {
            end(publish, reason);
        }
    }

    /** nginx died: every publish it carried is over. */
    public void endAll(Entrypoint entrypoint, String reason) {
        for (Slot slot : List.copyOf(active.keySet())) {
            if (slot.entrypoint() == entrypoint) {
                publishDone(entrypoint, slot.streamKey(), reason);
            }
        }
    }

    private void end(ActivePublish publish, String reason) {
        // the event goes out first: the transcoder's graceful stop takes a moment
        bus.publish(new PublishEnded(publish.grant().accountId(), publish.contentId(), publish.entrypoint(),
                clock.instant(), reason));
        try (var ignored = StreamLogContext.open(publish.grant().accountId(), publish.contentId(),
                publish.entrypoint(), null)) {
            log.info("publish ended ({}): {}", reason, publish);
        }
        transcoders.stop(publish.entrypoint(), publish.contentId());
    }

    public List<ActivePublish> active() {
        return List.copyOf(active.values());
    }

    public Optional<ActivePublish> find(Entrypoint entrypoint, String contentId) {
        return active.values().stream()
                .filter(p -> p.entrypoint() == entrypoint && p.contentId().equals(contentId))
                .findFirst();
    }

    public void closeAll() {
        for (Entrypoint entrypoint : Entrypoint.values()) {
            endAll(entrypoint, "monitor stopped");
        }
    }

    private record Slot(Entrypoint entrypoint, String streamKey) {

        @Override
        public String toString() {
            return entrypoint + "/" + StreamKeys.mask(streamKey);
        }
    }
}
