package com.example.backupingest.monitor.lossy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Holds every datagram for a fixed time, then passes it on, in order: the line's delay, since this
 * kernel has no netem. It carries VXLAN, so whatever runs inside (TCP for RTMP, UDP for SRT) is
 * delayed packet by packet, as on a real line; TCP's retransmissions pay the full round trip.
 */
final class DelayRelay implements AutoCloseable {

    private final DatagramChannel in;
    private final DatagramChannel out;
    private final SocketAddress target;
    private final Duration delay;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("delay-relay").factory());
    private final Thread receiver;

    DelayRelay(InetSocketAddress listen, InetSocketAddress from, SocketAddress target, Duration delay)
            throws IOException {
        this.in = DatagramChannel.open().bind(listen);
        this.out = DatagramChannel.open().bind(from);
        this.target = target;
        this.delay = delay;
        this.receiver = Thread.ofPlatform().daemon().name("delay-relay-in").start(this::receive);
    }

    private void receive() {
        try {
            while (true) {
                ByteBuffer packet = ByteBuffer.allocate(2048);
                in.receive(packet);
                packet.flip();
                sender.schedule(() -> send(packet), delay.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (ClosedChannelException closed) {
            // closed by close()
        } catch (IOException e) {
            System.err.println("delay relay stopped: " + e);
        }
    }

    private void send(ByteBuffer packet) {
        try {
            out.send(packet, target);
        } catch (IOException e) {
            // the line is being torn down
        }
    }

    @Override
    public void close() throws IOException {
        sender.shutdownNow();
        in.close();
        out.close();
        receiver.interrupt();
    }
}
