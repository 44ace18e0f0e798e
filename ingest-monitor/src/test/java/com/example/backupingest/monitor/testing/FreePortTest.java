package com.example.backupingest.monitor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortTest {

    private static final Path RESERVED = Path.of(System.getProperty("java.io.tmpdir"), "backup-ingest-test-ports");

    @Test
    void ports_come_from_below_the_ephemeral_range_and_are_never_handed_out_twice() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = FreePort.next();
            assertThat(port).isBetween(20_000, 32_699);
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }

    @Test
    void a_handed_out_port_is_reserved_for_this_jvm_and_free_to_bind() throws IOException {
        int port = FreePort.next();
        assertThat(Files.readString(RESERVED.resolve(Integer.toString(port))).strip())
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        try (ServerSocket server = new ServerSocket(port)) {
            assertThat(server.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void ports_another_living_jvm_reserved_are_skipped_and_a_dead_jvms_are_taken_over() throws IOException {
        Files.createDirectories(RESERVED);
        int livingsPort = FreePort.next();
        int deadsPort = FreePort.next();
        // hand both reservations to other JVMs: a living one (our parent) and one that has ended
        Files.writeString(RESERVED.resolve(Integer.toString(livingsPort)),
                Long.toString(ProcessHandle.current().parent().orElseThrow().pid()));
        Files.writeString(RESERVED.resolve(Integer.toString(deadsPort)), Long.toString(deadPid()));
        java.util.Iterator<Integer> candidates = java.util.List.of(livingsPort, livingsPort, deadsPort).iterator();

        assertThat(FreePort.take(candidates::next, FreePort::tcpFree)).isEqualTo(deadsPort);
        assertThat(Files.readString(RESERVED.resolve(Integer.toString(deadsPort))).strip())
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    private static long deadPid() throws IOException {
        Process process = new ProcessBuilder("true").start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.pid();
    }
}
