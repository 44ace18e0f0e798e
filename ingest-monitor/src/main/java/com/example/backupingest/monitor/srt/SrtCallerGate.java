package com.example.backupingest.monitor.srt;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.SrtAccess;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides an SRT caller's handshake inside libsrt's listen callback, before any media: a stream id
 * that names a content with a key on this entrypoint gets that content's passphrase set on the
 * socket (libsrt then refuses a caller with another passphrase, or with none); anything else is
 * refused with an SRT reject code. A client address gets {@code perClient} handshakes as a burst,
 * refilled over {@code window} (Bucket4j), so a flood cannot make the directory (the portal) busy.
 */
final class SrtCallerGate {

    /** Above this many remembered addresses the buckets start over (a flood from many addresses). */
    private static final int MAX_CLIENTS = 10_000;

    sealed interface Decision {
    }

    record Admit(SrtAccess access) implements Decision {
    }

    record Refuse(int code, String contentId, String why) implements Decision {
    }

    private final Entrypoint entrypoint;
    private final StreamKeyDirectory directory;
    private final PublishSessions sessions;
    private final int perClient;
    private final Duration window;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SrtCallerGate(Entrypoint entrypoint, StreamKeyDirectory directory, PublishSessions sessions, int perClient,
            Duration window) {
        this.entrypoint = entrypoint;
        this.directory = directory;
        this.sessions = sessions;
        this.perClient = perClient;
        this.window = window;
    }

    Decision decide(String clientAddress, String streamId) {
        if (!bucket(clientAddress).tryConsume(1)) {
            return refuse(clientAddress, streamId, new Refuse(SrtLibrary.REJX_OVERLOAD, "unknown",
                    "too many SRT handshakes from this address"));
        }
        Optional<SrtStreamId> id = SrtStreamId.parse(streamId);
        if (id.isEmpty()) {
            return refuse(clientAddress, streamId, new Refuse(SrtLibrary.REJX_BAD_REQUEST, "unknown",
                    "SRT stream id names no content"));
        }
        String contentId = id.get().contentId();
        Optional<SrtAccess> access = directory.srtAccess(entrypoint, contentId)
                .filter(a -> a.grant().entrypoint() == entrypoint && a.grant().contentId().equals(contentId));
        if (access.isEmpty()) {
            return refuse(clientAddress, streamId, new Refuse(SrtLibrary.REJX_NOTFOUND, "unknown",
                    "no content with an SRT passphrase on this entrypoint"));
        }
        if (sessions.find(entrypoint, contentId).isPresent()) {
            return refuse(clientAddress, streamId, new Refuse(SrtLibrary.REJX_CONFLICT, contentId,
                    "content already publishing"));
        }
        return new Admit(access.get());
    }

    private Refuse refuse(String clientAddress, String streamId, Refuse refusal) {
        sessions.refuseSrt(entrypoint, streamId, clientAddress, refusal.contentId(), refusal.why());
        return refusal;
    }

    private Bucket bucket(String clientAddress) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(clientAddress, address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perClient).refillGreedy(perClient, window).build())
                .build());
    }
}
