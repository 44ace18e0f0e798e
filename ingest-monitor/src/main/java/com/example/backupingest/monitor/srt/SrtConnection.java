package com.example.backupingest.monitor.srt;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.SrtLink;
import com.example.backupingest.monitor.api.StreamLogContext;
import com.example.backupingest.monitor.api.process.RunningProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One admitted SRT caller: its MPEG-TS goes, message by message, into its relay ffmpeg's stdin. The two
 * end together: the caller leaves or breaks off, and the relay gets end-of-file (nginx sees the publish
 * end); nginx drops the relay (key rotated, drill, stalled input), and the caller's connection is
 * closed. The pump blocks in native code, so it runs on a platform thread of its own.
 */
final class SrtConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SrtConnection.class);
    /** The largest SRT payload (1456) rounded up. */
    private static final int MESSAGE = 1500;

    private final SrtLibrary srt;
    private final int socket;
    private final Entrypoint entrypoint;
    private final String contentId;
    private final String peer;
    private final RunningProcess relay;
    private final Consumer<SrtConnection> onEnd;
    private final AtomicBoolean closed = new AtomicBoolean();

    SrtConnection(SrtLibrary srt, int socket, Entrypoint entrypoint, String contentId, String peer,
            RunningProcess relay, Consumer<SrtConnection> onEnd) {
        this.srt = srt;
        this.socket = socket;
        this.entrypoint = entrypoint;
        this.contentId = contentId;
        this.peer = peer;
        this.relay = relay;
        this.onEnd = onEnd;
    }

    void start() {
        String name = "srt-" + entrypoint.letter() + "-" + contentId;
        Thread.ofPlatform().daemon().name(name).start(this::pump);
        Thread.ofVirtual().name(name + "-relay-log").start(this::drainRelay);
        Thread.ofVirtual().name(name + "-relay-exit").start(() -> {
            try {
                int code = relay.waitFor();
                if (!closed.get()) {
                    log(() -> log.info("SRT relay of {} on {} ended ({}): closing the caller's connection", contentId,
                            entrypoint, code));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            close();
        });
    }

    private void pump() {
        byte[] heap = new byte[MESSAGE];
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(MESSAGE);
            OutputStream out = relay.stdin();
            while (!closed.get()) {
                int n = srt.receive(socket, buffer);
                if (n < 0) {
                    log(() -> log.info("SRT caller of {} on {} from {} disconnected", contentId, entrypoint, peer));
                    break;
                }
                if (n > 0) {
                    MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, heap, 0, n);
                    out.write(heap, 0, n);
                }
            }
        } catch (IOException relayGone) {
            // the relay exited; its waiter closes the caller
        } catch (RuntimeException e) {
            log(() -> log.warn("SRT connection of {} on {} failed: {}", contentId, entrypoint, e.getMessage()));
        } finally {
            close();
        }
    }

    private void drainRelay() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(relay.stderr(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line;
                log(() -> log.info("srt-relay-{}-{}: {}", entrypoint.letter(), contentId, text));
            }
        } catch (IOException e) {
            // relay gone
        }
    }

    /** The link's figures now; empty once closed. */
    Optional<SrtLink> link() {
        if (closed.get()) {
            return Optional.empty();
        }
        try {
            SrtLibrary.Stats s = srt.stats(socket);
            return Optional.of(new SrtLink(s.rttMs(), s.packetsReceived(), s.packetsLost(), s.packetsRetransmitted(),
                    s.packetsDropped(), s.receiveMbps(), s.latencyMs()));
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }

    String contentId() {
        return contentId;
    }

    Entrypoint entrypoint() {
        return entrypoint;
    }

    long relayPid() {
        return relay.pid();
    }

    boolean isOpen() {
        return !closed.get();
    }

    /** Closes the caller's connection and ends the relay (end-of-file first, then signals). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        srt.close(socket);
        try {
            relay.stdin().close();
            if (!relay.waitFor(Duration.ofSeconds(2))) {
                relay.destroy();
                if (!relay.waitFor(Duration.ofSeconds(1))) {
                    relay.destroyForcibly();
                }
            }
        } catch (IOException e) {
            relay.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            relay.destroyForcibly();
        }
        onEnd.accept(this);
    }

    private void log(Runnable line) {
        try (var ignored = StreamLogContext.open(null, contentId, entrypoint, null)) {
            line.run();
        }
    }
}
