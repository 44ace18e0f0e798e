package com.example.backupingest.monitor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One player of one media playlist, on its own keep-alive connection: reloads the playlist every
 * target duration and fetches each segment it has not seen yet, once, in order. At the start only the
 * newest {@value #LIVE_SYNC_SEGMENTS} (hls.js's liveSyncDurationCount: it starts three target
 * durations behind the live edge and loads those back to back).
 */
final class SimulatedViewer implements Runnable {

    static final int LIVE_SYNC_SEGMENTS = 3;

    private final KeepAliveConnection connection;
    private final String playlistPath;
    private final long startNanos;
    private final FetchLog log;
    private final BooleanSupplier stopped;
    private long lastSequence = -1;

    SimulatedViewer(String host, int port, String playlistPath, long startNanos, FetchLog log, BooleanSupplier stopped) {
        this.connection = new KeepAliveConnection(host, port, Duration.ofSeconds(10));
        this.playlistPath = playlistPath;
        this.startNanos = startNanos;
        this.log = log;
        this.stopped = stopped;
    }

    KeepAliveConnection connection() {
        return connection;
    }

    @Override
    public void run() {
        long nextReload = startNanos;
        long interval = Duration.ofSeconds(2).toNanos(); // until the first playlist names its target duration
        try (connection) {
            while (!stopped.getAsBoolean()) {
                sleepUntil(nextReload);
                if (stopped.getAsBoolean()) {
                    return;
                }
                long started = System.nanoTime();
                LivePlaylist playlist = reload(started);
                if (playlist != null) {
                    interval = (long) (playlist.targetDuration() * 1e9);
                    fetchNew(playlist);
                }
                // a player reloads on its own rhythm; if fetching took longer, it reloads right away
                nextReload = Math.max(started + interval, System.nanoTime());
            }
        }
    }

    private LivePlaylist reload(long started) {
        try {
            KeepAliveConnection.Response response = connection.get(playlistPath, true);
            long latency = System.nanoTime() - started;
            if (response.status() != 200) {
                log.playlistFailed(started);
                return null;
            }
            log.playlist(started, latency);
            return LivePlaylist.parse(new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            connection.close();
            log.playlistFailed(started);
            return null;
        }
    }

    private void fetchNew(LivePlaylist playlist) {
        List<LivePlaylist.Entry> segments = playlist.segments();
        int first = lastSequence < 0 ? Math.max(0, segments.size() - LIVE_SYNC_SEGMENTS) : 0;
        for (LivePlaylist.Entry segment : segments.subList(first, segments.size())) {
            if (segment.sequence() <= lastSequence) {
                continue;
            }
            lastSequence = segment.sequence();
            long started = System.nanoTime();
            try {
                KeepAliveConnection.Response response =
                        connection.get(LivePlaylist.resolve(playlistPath, segment.uri()), false);
                if (response.status() == 200 && response.bytes() > 0) {
                    log.segment(started, System.nanoTime() - started, segment.duration(), response.bytes());
                } else {
                    log.segmentFailed(started);
                }
            } catch (IOException | RuntimeException e) {
                connection.close();
                log.segmentFailed(started);
            }
        }
    }

    private static void sleepUntil(long nanos) {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
