package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.KeyRevocation;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The ingest hosts' open revocation streams. A new stream gets {@code Connected} at once (the monitor
 * re-checks all its publishes then: nothing sent while it was away is replayed), every revocation goes
 * to all streams, and a comment every {@code heartbeat} lets a monitor notice a dead connection. On
 * shutdown the streams end first (a lifecycle phase before the web server's graceful shutdown, which
 * would otherwise wait for these never-ending requests); the ingest hosts reconnect to the next portal.
 */
final class KeyRevocationStream implements AutoCloseable, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KeyRevocationStream.class);

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final Thread heartbeat;
    private volatile boolean running;

    KeyRevocationStream(Duration heartbeat) {
        this.heartbeat = Thread.ofVirtual().name("revocation-heartbeat").start(() -> beat(heartbeat));
    }

    SseEmitter subscribe(MonitorIdentity monitor) {
        SseEmitter emitter = new SseEmitter(0L); // no timeout: the ingest host keeps it open
        if (!running) {
            emitter.complete(); // shutting down: the monitor will follow the next portal
            return emitter;
        }
        emitter.onCompletion(() -> open.remove(emitter));
        emitter.onTimeout(() -> open.remove(emitter));
        emitter.onError(e -> open.remove(emitter));
        if (send(emitter, SseEmitter.event().name(KeyRevocation.CONNECTED).data("{}", MediaType.APPLICATION_JSON))) {
            open.add(emitter);
            log.info("monitor {} follows key revocations", monitor);
        }
        return emitter;
    }

    void broadcast(KeyRevocation revocation) {
        open.forEach(emitter -> send(emitter,
                SseEmitter.event().name(KeyRevocation.REVOKED).data(revocation, MediaType.APPLICATION_JSON)));
    }

    int subscribers() {
        return open.size();
    }

    private boolean send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            open.remove(emitter);
            emitter.completeWithError(gone);
            return false;
        }
    }

    private void beat(Duration every) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            open.forEach(emitter -> send(emitter, SseEmitter.event().comment("keep-alive")));
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        stop();
        heartbeat.interrupt();
    }
}
