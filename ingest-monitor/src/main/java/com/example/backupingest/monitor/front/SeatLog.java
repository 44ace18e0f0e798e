package com.example.backupingest.monitor.front;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives nginx's playlist loads (one syslog datagram per load, on loopback) and hands each to
 * {@code loads}: the gate renews the viewer's seat and reports it, as if Java had served the load.
 */
final class SeatLog implements AutoCloseable {

    /** One playlist load nginx served from the mirror. */
    record Load(String contentId, String edgeId, String token, String address) {
    }

    static final String TAG = "front";
    /** Loads wait in the socket buffer (4 MB) at most this long: far below a seat's release-after. */
    static final java.time.Duration DRAIN_EVERY = java.time.Duration.ofMillis(50);
    private static final Logger log = LoggerFactory.getLogger(SeatLog.class);

    private final DatagramChannel channel;
    private final Consumer<Load> loads;
    private final Thread reader;
    /** The reader and {@link #drain()} take turns: a datagram is counted once, in order. */
    private final java.util.concurrent.locks.ReentrantLock turn = new java.util.concurrent.locks.ReentrantLock();
    private final ByteBuffer buffer = ByteBuffer.allocate(2048);

    SeatLog(int port, Consumer<Load> loads) throws IOException {
        this.loads = loads;
        channel = DatagramChannel.open();
        // a burst of loads while the reader is busy must wait in the buffer, not be dropped
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 * 1024 * 1024);
        channel.bind(new InetSocketAddress("127.0.0.1", port));
        channel.configureBlocking(false);
        reader = Thread.ofPlatform().daemon().name("front-seat-log").start(this::read);
    }

    int port() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Drains what arrived every {@link #DRAIN_EVERY} instead of waking per datagram: at 3,000 viewers
     * 1,500 loads a second arrive, and a wake-up each cost more than counting them.
     */
    private void read() {
        while (channel.isOpen()) {
            try {
                drain();
                Thread.sleep(DRAIN_EVERY);
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    /**
     * Counts every load waiting in the socket buffer now. The link sweep calls it first: after a pause
     * of this JVM (a busy host), loads nginx served meanwhile renew their seats before any link is
     * judged, so a player that kept loading never loses its way in to our own lag.
     */
    void drain() {
        turn.lock();
        try {
            while (channel.isOpen()) {
                buffer.clear();
                if (channel.receive(buffer) == null) {
                    return;
                }
                buffer.flip();
                parse(StandardCharsets.US_ASCII.decode(buffer).toString()).ifPresent(this::count);
            }
        } catch (ClosedChannelException closed) {
            // closing
        } catch (IOException e) {
            log.warn("front: reading nginx's load log failed", e);
        } finally {
            turn.unlock();
        }
    }

    private void count(Load load) {
        try {
            loads.accept(load);
        } catch (RuntimeException e) {
            log.warn("front: a playlist load could not be counted", e);
        }
    }

    /** {@code <190>Dec  7 09:00:00 front: <content> <edge> <ticket> <client address>} (nohostname). */
    static Optional<Load> parse(String datagram) {
        int start = datagram.indexOf(TAG + ": ");
        if (start < 0) {
            return Optional.empty();
        }
        String[] fields = datagram.substring(start + TAG.length() + 2).strip().split(" ");
        if (fields.length != 4 || !FrontLayout.safeName(fields[0]) || !FrontLayout.safeName(fields[1])
                || !FrontLayout.safeName(fields[2]) || !FrontLayout.safeAddress(fields[3])) {
            return Optional.empty();
        }
        return Optional.of(new Load(fields[0], fields[1], fields[2], fields[3]));
    }

    @Override
    public void close() throws IOException {
        channel.close();
        reader.interrupt();
    }
}
