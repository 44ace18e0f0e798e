package com.example.backupingest.monitor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Segment and playlist fetches of all viewers that started inside the measurement window: latency
 * (request sent to last byte), whether it was slower than the segment's own duration, failures.
 */
final class FetchLog {

    private final List<Long> segmentNanos = new ArrayList<>();
    private final List<Long> playlistNanos = new ArrayList<>();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private long slow;
    private long segmentFailures;
    private long playlistFailures;
    private long bytes;

    void open(long nanos) {
        windowStart = nanos;
    }

    void close(long nanos) {
        windowEnd = nanos;
    }

    private boolean inWindow(long startNanos) {
        return startNanos >= windowStart && startNanos < windowEnd;
    }

    synchronized void segment(long startNanos, long latencyNanos, double durationSeconds, long size) {
        if (inWindow(startNanos)) {
            segmentNanos.add(latencyNanos);
            bytes += size;
            if (latencyNanos > durationSeconds * 1e9) {
                slow++;
            }
        }
    }

    synchronized void segmentFailed(long startNanos) {
        if (inWindow(startNanos)) {
            segmentFailures++;
        }
    }

    synchronized void playlist(long startNanos, long latencyNanos) {
        if (inWindow(startNanos)) {
            playlistNanos.add(latencyNanos);
        }
    }

    synchronized void playlistFailed(long startNanos) {
        if (inWindow(startNanos)) {
            playlistFailures++;
        }
    }

    /** One JSON object; latencies in ms, slow share of all segment fetches (failed ones count as slow). */
    synchronized String json(int viewers, int connectionsOpened, int closedByServer) {
        long fetches = segmentNanos.size() + segmentFailures;
        double windowSeconds = (windowEnd - windowStart) / 1e9;
        return String.format(Locale.ROOT, "{\"viewers\":%d,\"segments\":%d,\"segmentP50Ms\":%.1f,\"segmentP95Ms\":%.1f,"
                        + "\"segmentMaxMs\":%.1f,\"slow\":%d,\"slowShare\":%.5f,\"segmentFailures\":%d,"
                        + "\"playlists\":%d,\"playlistP95Ms\":%.1f,\"playlistFailures\":%d,\"mbitPerSecond\":%.1f,"
                        + "\"connectionsOpened\":%d,\"closedByServer\":%d}",
                viewers, fetches, percentile(segmentNanos, 0.50), percentile(segmentNanos, 0.95),
                percentile(segmentNanos, 1.0), slow + segmentFailures,
                fetches == 0 ? 0 : (double) (slow + segmentFailures) / fetches, segmentFailures,
                playlistNanos.size() + playlistFailures, percentile(playlistNanos, 0.95), playlistFailures,
                bytes * 8 / 1e6 / windowSeconds, connectionsOpened, closedByServer);
    }

    /** Nearest rank, in ms; 0 for no values. */
    private static double percentile(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
