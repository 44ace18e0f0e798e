package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.api.SrtAccess;
import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.api.StreamKeys;
import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides nginx-rtmp's on_publish callbacks and keeps the running publishes: an accepted publish
 * starts a transcoder for its content, a finished one stops it. One publish per content and
 * entrypoint, whatever the protocol (nginx knows the stream by its content id). Keys are logged masked only.
 */
public final class PublishSessions {

    private static final Logger log = LoggerFactory.getLogger(PublishSessions.class);

    private final StreamKeyDirectory directory;
    private final MonitorEventBus bus;
    private final TranscoderManager transcoders;
    private final Map<Entrypoint, NginxSettings> entrypoints;
    private final Clock clock;
    /** How long an admitted SRT caller's relay has to publish to nginx (ffmpeg probes the stream first). */
    static final Duration RELAY_VALIDITY = Duration.ofSeconds(30);

    private final Map<Slot, ActivePublish> active = new ConcurrentHashMap<>();
    /** SRT relays admitted but not yet publishing, by their one-time name. */
    private final Map<String, PendingRelay> relays = new ConcurrentHashMap<>();
    private final java.security.SecureRandom random = new java.security.SecureRandom();
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
        return publish(entrypoint, IngestProtocol.RTMP, streamKey, clientAddress);
    }

    /**
     * nginx's on_publish from the rtmp server of {@code protocol}: over RTMP and RTMPS {@code name} is the
     * stream key; over SRT it is the one-time token of a caller the SRT listener admitted ({@link #admitSrt}).
     */
    public Optional<ActivePublish> publish(Entrypoint entrypoint, IngestProtocol protocol, String name,
            String clientAddress) {
        if (protocol == IngestProtocol.SRT) {
            PendingRelay pending = relays.remove(name);
            if (pending == null || pending.entrypoint() != entrypoint || pending.expired(clock.instant())) {
                return refuse(entrypoint, name, clientAddress, "unknown", "no admitted SRT caller for this relay");
            }
            return start(new ActivePublish(pending.access().grant(), entrypoint, protocol,
                    new PublishCredential.SrtPassphrase(pending.access().passphrase()), name, pending.clientAddress(),
                    clock.instant()), name);
        }
        Optional<PublishGrant> grant = directory.authorize(entrypoint, name);
        if (grant.isEmpty() || grant.get().entrypoint() != entrypoint) {
            return refuse(entrypoint, name, clientAddress, "unknown", "unknown key");
        }
        return start(new ActivePublish(grant.get(), entrypoint, protocol, new PublishCredential.StreamKey(name), name,
                clientAddress, clock.instant()), name);
    }

    /**
     * The SRT listener admitted a caller (stream id and passphrase matched): the one-time name its relay
     * publishes to nginx under, valid for {@link #RELAY_VALIDITY}. Empty when the content already publishes
     * here.
     */
    public Optional<String> admitSrt(Entrypoint entrypoint, SrtAccess access, String clientAddress) {
        Instant now = clock.instant();
        relays.values().removeIf(p -> p.expired(now));
        if (active.containsKey(new Slot(entrypoint, access.grant().contentId()))) {
            refuse(entrypoint, access.passphrase(), clientAddress, access.grant().contentId(),
                    "content already publishing");
            return Optional.empty();
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = "srt-" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        relays.put(token, new PendingRelay(entrypoint, access, clientAddress, now.plus(RELAY_VALIDITY)));
        return Optional.of(token);
    }

    private Optional<ActivePublish> start(ActivePublish publish, String sentName) {
        PublishGrant accepted = publish.grant();
        Entrypoint entrypoint = publish.entrypoint();
        Slot slot = new Slot(entrypoint, accepted.contentId());
        if (active.putIfAbsent(slot, publish) != null) {
            // nginx would refuse a second publisher of the same stream name anyway; the first one stays
            return refuse(entrypoint, sentName, publish.clientAddress(), accepted.contentId(),
                    "content already publishing");
        }
        revoked.remove(slot);
        NginxSettings nginx = entrypoints.get(entrypoint);
        URI input = URI.create("rtmp://127.0.0.1:" + nginx.rtmpPort(publish.protocol()) + "/live/"
                + publish.streamName());
        transcoders.start(entrypoint, accepted, input, nginx.hlsRoot().resolve(accepted.contentId()));
        try (var ignored = StreamLogContext.open(accepted.accountId(), accepted.contentId(), entrypoint, null)) {
            log.info("publish accepted: {}", publish);
        }
        bus.publish(new PublishStarted(accepted.accountId(), accepted.contentId(), entrypoint, accepted.edgeCount(),
                publish.since()));
        return Optional.of(publish);
    }

    /** The SRT listener refused a caller's handshake: logged and counted like a refused RTMP key (stream id masked). */
    public void refuseSrt(Entrypoint entrypoint, String streamId, String clientAddress, String contentId, String why) {
        refuse(entrypoint, streamId, clientAddress, contentId, "SRT: " + why);
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

    /**
     * nginx's on_publish_done names what the publisher sent (the key, or the SRT relay's token); a refused
     * second publisher's name ends nothing.
     */
    public void publishDone(Entrypoint entrypoint, String name, String reason) {
        for (Map.Entry<Slot, ActivePublish> entry : active.entrySet()) {
            ActivePublish publish = entry.getValue();
            if (publish.entrypoint() == entrypoint && publish.nginxName().equals(name)
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
                publishDone(entrypoint, publish.nginxName(), reason);
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

    private record PendingRelay(Entrypoint entrypoint, SrtAccess access, String clientAddress, Instant until) {

        boolean expired(Instant now) {
            return !now.isBefore(until);
        }
    }
}
