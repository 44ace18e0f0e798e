package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.PublishGrant;
import com.example.backupingest.monitor.RevocationReason;
import com.example.backupingest.monitor.StreamKeyDirectory;
import com.example.backupingest.monitor.StreamKeys;
import com.example.backupingest.monitor.StreamLogContext;
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
 * starts a transcoder for its content, a finished one stops it. One publish per content and
 * entrypoint (nginx knows the stream by its content id). Keys are logged masked only.
 */
public final class PublishSessions {

    private static final Logger log = LoggerFactory.getLogger(PublishSessions.class);

    private final StreamKeyDirectory directory;
    private final MonitorEventBus bus;
    private final TranscoderManager transcoders;
    private final Map<Entrypoint, NginxSettings> entrypoints;
    private final Clock clock;
    private final Map<Slot, ActivePublish> active = new ConcurrentHashMap<>();
    /** Publishes whose key was revoked: why (the end reason, then the health reason until the next publish). */
    private final Map<Slot, Revoked> revoked = new ConcurrentHashMap<>();

    public PublishSessions(StreamKeyDirectory directory, MonitorEventBus bus, TranscoderManager transcoders,
            Map<Entrypoint, NginxSettings> entrypoints, Clock clock) {
        this.directory = directory;
        this.bus = bus;
        this.transcoders = transcoders;
        this.entrypoints = Map.copyOf(entrypoints);
        this.clock = clock;
    }

    /** The accepted publish when the key may publish here (its transcoder is started before answering). */
    public Optional<ActivePublish> publish(Entrypoint entrypoint, String streamKey, String clientAddress) {
        Optional<PublishGrant> grant = directory.authorize(entrypoint, streamKey);
        if (grant.isEmpty() || grant.get().entrypoint() != entrypoint) {
            return refuse(entrypoint, streamKey, clientAddress, "unknown", "unknown key");
        }
        PublishGrant accepted = grant.get();
        ActivePublish publish = new ActivePublish(accepted, entrypoint, streamKey, clientAddress, clock.instant());
        Slot slot = new Slot(entrypoint, accepted.contentId());
        if (active.putIfAbsent(slot, publish) != null) {
            // nginx would refuse a second publisher of the same stream name anyway; the first one stays
            return refuse(entrypoint, streamKey, clientAddress, accepted.contentId(), "content already publishing");
        }
        revoked.remove(slot);
        NginxSettings nginx = entrypoints.get(entrypoint);
        URI input = URI.create("rtmp://127.0.0.1:" + nginx.rtmpPort() + "/live/" + publish.streamName());
        transcoders.start(entrypoint, accepted, input, nginx.hlsRoot().resolve(accepted.contentId()));
        try (var ignored = StreamLogContext.open(accepted.accountId(), accepted.contentId(), entrypoint, null)) {
            log.info("publish accepted: {}", publish);
        }
        bus.publish(new PublishStarted(accepted.accountId(), accepted.contentId(), entrypoint, accepted.edgeCount(),
                publish.since()));
        return Optional.of(publish);
    }

    private Optional<ActivePublish> refuse(Entrypoint entrypoint, String streamKey, String clientAddress,
            String contentId, String why) {
        try (var ignored = StreamLogContext.open(null, contentId, entrypoint, null)) {
            log.warn("refused publish on entrypoint {} from {} with key {}: {}", entrypoint, clientAddress,
                    StreamKeys.mask(streamKey), why);
        }
        bus.publish(new PublishRefused(contentId, entrypoint, clientAddress, StreamKeys.mask(streamKey),
                clock.instant()));
        return Optional.empty();
    }

    /** nginx's on_publish_done names the key the encoder sent; a refused second publisher's key ends nothing. */
    public void publishDone(Entrypoint entrypoint, String streamKey, String reason) {
        for (Map.Entry<Slot, ActivePublish> entry : active.entrySet()) {
            ActivePublish publish = entry.getValue();
            if (publish.entrypoint() == entrypoint && publish.streamKey().equals(streamKey)
                    && active.remove(entry.getKey(), publish)) {
                Revoked revocation = revoked.get(entry.getKey());
                end(publish, revocation != null ? revocation.reason().endReason() : reason);
            }
        }
    }

    /**
     * The publish's key was revoked: its coming end carries {@code reason}, and the entrypoint's health
     * says it until the next publish of the content there. The caller drops the publisher.
     */
    public void revoked(ActivePublish publish, RevocationReason reason) {
        revoked.put(new Slot(publish.entrypoint(), publish.contentId()),
                new Revoked(reason, publish.grant().accountId()));
    }

    /** Why the content's last publish on the entrypoint was dropped, while no new one has started. */
    public Optional<RevocationReason> revocation(Entrypoint entrypoint, String contentId) {
        Slot slot = new Slot(entrypoint, contentId);
        return active.containsKey(slot) ? Optional.empty()
                : Optional.ofNullable(revoked.get(slot)).map(Revoked::reason);
    }

    /** Contents (and their accounts) whose publisher was dropped for a revoked key: health reports them even if it never saw them publish. */
    public Map<String, Long> revokedContents() {
        Map<String, Long> contents = new java.util.HashMap<>();
        revoked.forEach((slot, why) -> contents.put(slot.contentId(), why.accountId()));
        return contents;
    }

    /** nginx died: every publish it carried is over. */
    public void endAll(Entrypoint entrypoint, String reason) {
        for (ActivePublish publish : List.copyOf(active.values())) {
            if (publish.entrypoint() == entrypoint) {
                publishDone(entrypoint, publish.streamKey(), reason);
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
        return Optional.ofNullable(active.get(new Slot(entrypoint, contentId)));
    }

    public void closeAll() {
        for (Entrypoint entrypoint : Entrypoint.values()) {
            endAll(entrypoint, "monitor stopped");
        }
    }

    private record Slot(Entrypoint entrypoint, String contentId) {
    }

    private record Revoked(RevocationReason reason, long accountId) {
    }
}
