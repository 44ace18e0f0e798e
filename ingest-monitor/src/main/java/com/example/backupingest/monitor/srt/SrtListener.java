package com.example.backupingest.monitor.srt;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.SrtAccess;
import com.example.backupingest.monitor.api.SrtLink;
import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.api.process.Pause;
import com.example.backupingest.monitor.api.process.ProcessLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.api.process.RunningProcess;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.net.InetSocketAddress;
import java.nio.file.Path;
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
 * One entrypoint's SRT port: a libsrt listener that routes callers by stream id ({@link SrtCallerGate}
 * decides inside the handshake), and for each accepted caller a relay ffmpeg into nginx-rtmp
 * ({@link SrtConnection}). Supervised like the nginx and ffmpeg processes: when the listening socket
 * fails, it is opened again with the same back-off; closing it ends every caller and relay (a relay
 * whose monitor died gets end-of-file on stdin and exits: no orphans).
 */
public final class SrtListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SrtListener.class);
    private static final Duration ADMISSION_VALIDITY = Duration.ofSeconds(30);
    private static final int BACKLOG = 16;
    private static final int RECEIVE_TIMEOUT_MS = 500;

    private final SrtLibrary srt;
    private final SrtSettings settings;
    private final SrtCallerGate gate;
    private final PublishSessions sessions;
    private final ProcessLauncher launcher;
    private final RestartPolicy restart;
    private final Clock clock;
    private final MemorySegment hook;
    /** Handshakes the gate admitted, by the new socket, until srt_accept hands that socket out. */
    private final Map<Integer, Admitted> admitted = new ConcurrentHashMap<>();
    private final Map<String, SrtConnection> connections = new ConcurrentHashMap<>();
    private volatile int socket = SrtLibrary.SRT_INVALID_SOCK;
    private volatile boolean listening;
    private volatile boolean closed;
    private volatile int restarts;

    SrtListener(SrtLibrary srt, SrtSettings settings, SrtCallerGate gate, PublishSessions sessions,
            ProcessLauncher launcher, RestartPolicy restart, Clock clock) {
        this.srt = srt;
        this.settings = settings;
        this.gate = gate;
        this.sessions = sessions;
        this.launcher = launcher;
        this.restart = restart;
        this.clock = clock;
        this.hook = srt.upcall(this, "onHandshake");
    }

    /** Opens the port now (a taken port fails here, naming the property) and accepts callers from then on. */
    public void start() {
        open();
        Thread.ofPlatform().daemon().name("srt-accept-" + settings.entrypoint().letter()).start(this::acceptLoop);
    }

    private void open() {
        int s = srt.createSocket();
        try {
            srt.setInt(s, SrtLibrary.SRTO_RCVLATENCY, (int) settings.latency().toMillis());
            srt.setInt(s, SrtLibrary.SRTO_ENFORCEDENCRYPTION, 1);
            srt.bind(s, settings.bindAddress());
            // the callback before srt_listen: libsrt 1.5.4 (Debian trixie, the images) refuses it on a listening socket
            srt.listenCallback(s, hook);
            srt.listen(s, BACKLOG);
        } catch (RuntimeException e) {
            srt.close(s);
            throw new IllegalStateException("SRT port " + settings.bindAddress() + " of entrypoint "
                    + settings.entrypoint() + " cannot be opened (" + e.getMessage() + "); set monitor.entrypoints."
                    + settings.entrypoint().name().toLowerCase() + ".srt-port to a free UDP port", e);
        }
        socket = s;
        listening = true;
        log.info("SRT listener of entrypoint {} on {} (latency {} ms, encryption enforced)", settings.entrypoint(),
                settings.bindAddress(), settings.latency().toMillis());
    }

    private void acceptLoop() {
        int failures = 0;
        while (!closed) {
            try {
                accepted(srt.accept(socket));
                failures = 0;
            } catch (RuntimeException e) {
                listening = false;
                if (closed) {
                    return;
                }
                failures++;
                log.error("SRT listener of entrypoint {} failed ({}); opening it again", settings.entrypoint(),
                        e.getMessage());
                srt.close(socket);
                Pause.quietly(restart.delayFor(failures));
                reopen();
            }
        }
    }

    private void reopen() {
        while (!closed) {
            try {
                open();
                restarts++;
                return;
            } catch (RuntimeException e) {
                log.error("{}", e.getMessage());
                Pause.quietly(restart.max());
            }
        }
    }

    /**
     * libsrt's listen callback, on its receiving thread, before the handshake is answered: returns 0 to
     * go on (with the content's passphrase set on the new socket), -1 to refuse. Never throws: an
     * exception escaping an upcall would end the JVM.
     */
    int onHandshake(MemorySegment opaque, int newSocket, int handshakeVersion, MemorySegment peer,
            MemorySegment streamId) {
        try {
            String address = SrtLibrary.address(peer);
            Instant now = clock.instant();
            admitted.values().removeIf(a -> a.until().isBefore(now));
            if (handshakeVersion < 5) {
                // SRT before 1.3 cannot send a stream id (nor a passphrase the new way)
                srt.reject(newSocket, SrtLibrary.REJX_BAD_REQUEST);
                return -1;
            }
            return switch (gate.decide(address, SrtLibrary.string(streamId))) {
                case SrtCallerGate.Admit admit -> {
                    srt.setString(newSocket, SrtLibrary.SRTO_PASSPHRASE, admit.access().passphrase());
                    admitted.put(newSocket, new Admitted(admit.access(), address, now.plus(ADMISSION_VALIDITY)));
                    yield 0;
                }
                case SrtCallerGate.Refuse refuse -> {
                    srt.reject(newSocket, refuse.code());
                    yield -1;
                }
            };
        } catch (Throwable e) {
            log.error("SRT handshake on entrypoint {} could not be decided: {}", settings.entrypoint(), e.toString());
            return -1;
        }
    }

    /** A caller passed the gate and libsrt's encryption check: relay it into nginx. */
    private void accepted(SrtLibrary.Accepted caller) {
        Admitted admission = admitted.remove(caller.socket());
        if (admission == null) {
            srt.close(caller.socket());
            return;
        }
        String contentId = admission.access().grant().contentId();
        Optional<String> token = sessions.admitSrt(settings.entrypoint(), admission.access(), admission.address());
        if (token.isEmpty()) {
            srt.close(caller.socket());
            return;
        }
        RunningProcess relay;
        try {
            srt.setInt(caller.socket(), SrtLibrary.SRTO_RCVTIMEO, RECEIVE_TIMEOUT_MS);
            relay = launcher.launch(new SrtRelayArgs(settings.ffmpeg(), settings.relayPort(), token.get()).build(),
                    settings.workDir());
        } catch (IOException | RuntimeException e) {
            srt.close(caller.socket());
            log.error("SRT caller of {} on {} accepted, but its relay did not start: {}", contentId,
                    settings.entrypoint(), e.getMessage());
            return;
        }
        SrtConnection connection = new SrtConnection(srt, caller.socket(), settings.entrypoint(), contentId,
                admission.address(), relay, ended -> connections.remove(ended.contentId(), ended));
        SrtConnection before = connections.put(contentId, connection);
        if (before != null) {
            before.close();
        }
        try (var ignored = StreamLogContext.open(admission.access().grant().accountId(), contentId,
                settings.entrypoint(), null)) {
            log.info("SRT caller of {} on {} from {} admitted, relaying to nginx (pid {})", contentId,
                    settings.entrypoint(), admission.address(), relay.pid());
        }
        connection.start();
    }

    /** The figures of the content's SRT caller on this entrypoint, while it is connected. */
    public Optional<SrtLink> link(String contentId) {
        return Optional.ofNullable(connections.get(contentId)).flatMap(SrtConnection::link);
    }

    /** Ends the content's SRT caller here (if any). */
    public boolean disconnect(String contentId) {
        SrtConnection connection = connections.get(contentId);
        if (connection == null) {
            return false;
        }
        connection.close();
        return true;
    }

    public boolean isListening() {
        return listening;
    }

    public int restarts() {
        return restarts;
    }

    public SrtSettings settings() {
        return settings;
    }

    /** Pids of running relays (tests check none outlives its caller). */
    public List<Long> relayPids() {
        return connections.values().stream().map(SrtConnection::relayPid).toList();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        listening = false;
        srt.close(socket);
        List.copyOf(connections.values()).forEach(SrtConnection::close);
        srt.release(); // this listener's srt_startup (see SrtLibrary#release)
    }

    private record Admitted(SrtAccess access, String address, Instant until) {
    }
}
