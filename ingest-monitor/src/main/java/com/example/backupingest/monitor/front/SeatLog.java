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
    private final Thread reader;

    SeatLog(int port, Consumer<Load> loads) throws IOException {
        channel = DatagramChannel.open();
        // a burst of loads while the reader is busy must wait in the buffer, not be dropped
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 * 1024 * 1024);
        channel.bind(new InetSocketAddress("127.0.0.1", port));
        channel.configureBlocking(false);
        reader = Thread.ofPlatform().daemon().name("front-seat-log").start(() -> read(loads));
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
    private void read(Consumer<Load> loads) {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                if (channel.receive(buffer) == null) {
                    Thread.sleep(DRAIN_EVERY);
                    continue;
                }
                buffer.flip();
                parse(StandardCharsets.US_ASCII.decode(buffer).toString()).ifPresent(load -> {
                    try {
                        loads.accept(load);
                    } catch (RuntimeException e) {
                        log.warn("front: a playlist load could not be counted", e);
                    }
                });
            } catch (ClosedChannelException closed) {
                return;
            } catch (InterruptedException stopped) {
                return;
            } catch (IOException e) {
                log.warn("front: reading nginx's load log failed", e);
            }
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
