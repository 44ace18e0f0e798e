package com.example.backupingest.monitor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port nobody listens on and no other test JVM has taken: every test takes its own, so test JVMs
 * running side by side (docs/testing.md) never collide. Ports come from below Linux's ephemeral range
 * (32768-60999), where no outgoing connection of a browser, ffmpeg or HTTP client can take one between
 * the choice and the server's bind, and each is reserved across JVMs by a file in a shared folder
 * (its content: the owning JVM's pid; a dead JVM's reservation is taken over).
 */
public final class FreePort {

    private static final int LOW = 20_000;
    private static final int HIGH = 32_700;
    private static final Path RESERVED = Path.of(System.getProperty("java.io.tmpdir"), "backup-ingest-test-ports");
    private static final String PID = Long.toString(ProcessHandle.current().pid());

    private FreePort() {
    }

    public static int next() {
        return take(FreePort::anyCandidate, FreePort::tcpFree);
    }

    /** A UDP port nobody has bound right now (SRT listeners). */
    public static int nextUdp() {
        return take(FreePort::anyCandidate, FreePort::udpFree);
    }

    interface Check {
        boolean free(int port);
    }

    private static int anyCandidate() {
        return ThreadLocalRandom.current().nextInt(LOW, HIGH);
    }

    static synchronized int take(java.util.function.IntSupplier candidates, Check check) {
        for (int attempt = 0; attempt < 2_000; attempt++) {
            int port = candidates.getAsInt();
            if (reserve(port) && check.free(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOW + " and " + HIGH);
    }

    private static boolean reserve(int port) {
        Path file = RESERVED.resolve(Integer.toString(port));
        try {
            Files.createDirectories(RESERVED);
            Files.writeString(file, PID, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            file.toFile().deleteOnExit();
            return true;
        } catch (FileAlreadyExistsException e) {
            return takeOverFromADeadJvm(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean takeOverFromADeadJvm(Path file) {
        try {
            String owner = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (owner.isEmpty() || owner.equals(PID) || ProcessHandle.of(Long.parseLong(owner)).isPresent()) {
                return false; // ours already (handed out before), or a living JVM's; an empty file is being written
            }
            Files.writeString(file, PID, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            file.toFile().deleteOnExit();
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    static boolean tcpFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean udpFree(int port) {
        try (DatagramSocket socket = new DatagramSocket(null)) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
