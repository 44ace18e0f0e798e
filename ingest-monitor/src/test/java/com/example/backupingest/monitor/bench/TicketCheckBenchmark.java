package com.example.backupingest.monitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import com.example.backupingest.monitor.api.viewer.ViewerSink;
import com.example.backupingest.monitor.api.viewer.ViewerTickets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a ticket check costs on one core: an Ed25519 signature (the portal, per assignment), a
 * verification (an edge, once per ticket: the gate remembers checked tokens), and the gate's
 * remembered path (every later playlist load of the ticket, e.g. each one nginx reports).
 * Median of {@code bench.runs} rounds after a warm-up.
 */
@Tag("benchmark")
class TicketCheckBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.runs", 10);
    private static final int PER_ROUND = Integer.getInteger("bench.tickets.per-round", 2_000);

    @Test
    void signing_verifying_and_the_gates_remembered_check_per_ticket() {
        TicketIssuer issuer = TicketIssuer.random(Clock.systemUTC());
        ViewerTickets verifier = issuer.verifier();
        // seats that outlive a slow round on a busy machine: only the check's cost is measured here
        ViewerProperties d = ViewerProperties.defaults(true);
        ViewerGate gate = new ViewerGate(new ViewerProperties(null, true, Duration.ofHours(1), d.firstLoadGrace(),
                d.edgePorts(), 1, 1, d.previewValidity(), d.reportInterval()), verifier, ViewerSink.NONE,
                Clock.systemUTC());
        for (int i = 0; i < 3 * PER_ROUND; i++) { // warm-up: the JIT compiles the curve arithmetic
            verifier.verify(issuer.issue("c1", "edge-1", "warm-" + i, TicketKind.VIEWER, Duration.ofMinutes(5)));
        }
        List<Double> sign = new ArrayList<>();
        List<Double> verify = new ArrayList<>();
        List<Double> remembered = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String[] tokens = new String[PER_ROUND];
            long start = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                tokens[i] = issuer.issue("c1", "edge-1", "v" + round + "-" + i, TicketKind.VIEWER,
                        Duration.ofMinutes(5));
            }
            sign.add(micros(start, PER_ROUND));
            start = System.nanoTime();
            for (String token : tokens) {
                assertThat(verifier.verify(token)).isPresent();
            }
            verify.add(micros(start, PER_ROUND));
            for (String token : tokens) { // first loads: verified once and remembered
                assertThat(gate.admitPlaylist(token, "c1", "edge-1", 1, "127.0.0.1")).isTrue();
            }
            start = System.nanoTime();
            for (String token : tokens) {
                assertThat(gate.admitPlaylist(token, "c1", "edge-1", 1, "127.0.0.1")).isTrue();
            }
            remembered.add(micros(start, PER_ROUND));
        }
        System.out.printf("[bench] ticket: sign %.1f µs, verify %.1f µs, remembered playlist load %.2f µs"
                + " (median of %d rounds of %d, load %s)%n", median(sign), median(verify), median(remembered), ROUNDS,
                PER_ROUND, loadAverage());
    }

    private static double micros(long start, int count) {
        return (System.nanoTime() - start) / 1_000.0 / count;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        try {
            return Arrays.toString(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4))
                    .replaceAll(", [^,]*]$", "]");
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
