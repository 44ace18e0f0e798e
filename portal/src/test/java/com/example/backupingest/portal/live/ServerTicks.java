package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Drives the real {@link LiveTicker#tick()} once a second (the bean's own loop is parked with a long
 * {@code portal.live.tick}) and notes, per tick, when it started and the sparkline markers it sent:
 * the server side of the push delivery time. A marker seen in two ticks is ambiguous and ignored.
 */
final class ServerTicks implements AutoCloseable {

    /** One tick: its number and start (epoch µs). */
    record Tick(int index, long startedMicros) {
    }

    private final LiveTicker ticker;
    private final LiveSnapshots snapshots;
    private final String contentId;
    private final Map<Long, Tick> byMarker = new ConcurrentHashMap<>();
    private final Set<Long> ambiguous = ConcurrentHashMap.newKeySet();
    private final Queue<Long> starts = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile long longestTickMicros;

    ServerTicks(LiveTicker ticker, LiveSnapshots snapshots, String contentId, Duration interval) {
        this.ticker = ticker;
        this.snapshots = snapshots;
        this.contentId = contentId;
        this.thread = Thread.ofPlatform().name("bench-ticks").start(() -> run(interval));
    }

    private void run(Duration interval) {
        long next = System.nanoTime();
        for (int index = 0; !Thread.currentThread().isInterrupted(); index++) {
            long started = EpochMicros.now();
            starts.add(started);
            ticker.tick();
            longestTickMicros = Math.max(longestTickMicros,
                    EpochMicros.now() - started);
            LiveSnapshot sent = snapshots.of(contentId); // same history as the tick's snapshot: only ticks add to it
            for (Entrypoint e : Entrypoint.values()) {
                long marker = SparklineMarker.hash(SparklineMarker.text(sent.bitrates(e)));
                Tick earlier = byMarker.putIfAbsent(marker, new Tick(index, started));
                if (earlier != null && earlier.index() != index) {
                    ambiguous.add(marker);
                }
            }
            next += interval.toNanos();
            try {
                Thread.sleep(Duration.ofNanos(Math.max(0, next - System.nanoTime()))); // the sampling rhythm
            } catch (InterruptedException ie) {
                return;
            }
        }
    }

    /** The tick that sent this marker, unless the marker was sent by more than one tick. */
    @Nullable Tick tickOf(long marker) {
        return ambiguous.contains(marker) ? null : byMarker.get(marker);
    }

    /** How many ticks started in [from, to) (epoch µs). */
    long ticksBetween(long fromMicros, long toMicros) {
        return starts.stream().filter(s -> s >= fromMicros && s < toMicros).count();
    }

    int ambiguousMarkers() {
        return ambiguous.size();
    }

    double longestTickMillis() {
        return longestTickMicros / 1000.0;
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(5_000);
    }
}
