package com.example.backupingest.monitor.srt;

import com.example.backupingest.monitor.api.Entrypoint;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One entrypoint's SRT listener: where it listens (UDP), the receiver latency it asks for (the larger
 * of its and the caller's wins), and where each caller's relay ffmpeg publishes (the loopback rtmp
 * server nginx reserves for SRT).
 */
public record SrtSettings(Entrypoint entrypoint, InetSocketAddress bindAddress, Duration latency, String ffmpeg,
        int relayPort, Path workDir) {

    /** SRT's own floor: below it retransmissions cannot arrive in time even on a short line. */
    public static final Duration MIN_LATENCY = Duration.ofMillis(120);

    public SrtSettings {
        if (latency.compareTo(MIN_LATENCY) < 0) {
            throw new IllegalArgumentException("monitor.srt.latency must be at least 120ms, got " + latency.toMillis()
                    + "ms");
        }
    }
}
