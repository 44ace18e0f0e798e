package com.example.backupingest.monitor.entrypoint;

import com.example.backupingest.monitor.api.KeyRevoker;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.api.StreamLogContext;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal revoked keys of a content (regenerated, booking ended, content removed): every running
 * publish of it here asks the key directory again, and one whose key is no longer granted is dropped
 * through nginx's control API at once, its health saying why. Protocol-blind: an SRT caller's relay is
 * a publisher inside nginx like any other, and when nginx drops it the SRT connection ends with it. The portal's word is a hint, the
 * directory the truth: a publish with a still valid key (the other entrypoint's) keeps running.
 */
public final class KeyRevocations implements KeyRevoker {

    private static final Logger log = LoggerFactory.getLogger(KeyRevocations.class);

    private final PublishSessions sessions;
    private final StreamKeyDirectory directory;
    private final Map<Entrypoint, NginxSettings> entrypoints;
    private final NginxControl control;

    public KeyRevocations(PublishSessions sessions, StreamKeyDirectory directory,
            Map<Entrypoint, NginxSettings> entrypoints, NginxControl control) {
        this.sessions = sessions;
        this.directory = directory;
        this.entrypoints = Map.copyOf(entrypoints);
        this.control = control;
    }

    /** Re-checks the content's publishes; returns how many were dropped. */
    @Override
    public int revoked(String contentId, RevocationReason reason) {
        return recheck(publish -> publish.contentId().equals(contentId), reason);
    }

    /** Re-checks every running publish (after a reconnect to the portal, when revocations may have been missed). */
    public int recheckAll() {
        return recheck(publish -> true, RevocationReason.KEY_INVALID);
    }

    private int recheck(Predicate<ActivePublish> which, RevocationReason reason) {
        int dropped = 0;
        for (ActivePublish publish : sessions.active()) {
            if (which.test(publish) && !stillGranted(publish) && drop(publish, reason)) {
                dropped++;
            }
        }
        return dropped;
    }

    /** RTMP(S): the key still opens this content here; SRT: the content's passphrase is still the one it used. */
    private boolean stillGranted(ActivePublish publish) {
        return switch (publish.credential()) {
            case PublishCredential.StreamKey key -> directory.authorize(publish.entrypoint(), key.key())
                    .filter(grant -> grant.contentId().equals(publish.contentId())
                            && grant.entrypoint() == publish.entrypoint())
                    .isPresent();
            case PublishCredential.SrtPassphrase srt -> directory.srtAccess(publish.entrypoint(), publish.contentId())
                    .filter(access -> access.passphrase().equals(srt.passphrase())
                            && access.grant().entrypoint() == publish.entrypoint())
                    .isPresent();
        };
    }

    private boolean drop(ActivePublish publish, RevocationReason reason) {
        NginxSettings nginx = entrypoints.get(publish.entrypoint());
        if (nginx == null) {
            return false;
        }
        sessions.revoked(publish, reason);
        try (var ignored = StreamLogContext.open(publish.grant().accountId(), publish.contentId(),
                publish.entrypoint(), null)) {
            boolean dropped = control.dropPublisher(nginx, publish.protocol(), publish.streamName());
            log.info("key revoked ({}): dropping {}: {}", reason, publish, dropped ? "dropped" : "already gone");
            return dropped;
        } catch (IllegalStateException e) {
            log.error("key revoked ({}), but {} could not be dropped: {}", reason, publish, e.getMessage());
            return false;
        }
    }
}
