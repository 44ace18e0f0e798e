package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.EntrypointHealth;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One virtual thread for all pages: every tick it samples the input bitrate of every known
 * entrypoint (sparklines have history before a page opens) and sends one shared snapshot per
 * watched content to its pages. No page polls.
 */
final class LiveTicker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveTicker.class);

    private final HealthSource source;
    private final BitrateHistory history;
    private final LiveFanout fanout;
    private final LiveSnapshots snapshots;
    private final Duration interval;
    private final Thread thread;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    LiveTicker(HealthSource source, BitrateHistory history, LiveFanout fanout, LiveSnapshots snapshots,
            Duration interval) {
        this.source = source;
        this.history = history;
        this.fanout = fanout;
        this.snapshots = snapshots;
        this.interval = interval;
        this.thread = Thread.ofVirtual().name("live-ticker").start(this::run);
    }

    private void run() {
        while (!closed.isDone()) {
            try {
                tick();
                closed.get(interval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // next tick
            } catch (InterruptedException | ExecutionException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("live tick failed", e);
            }
        }
    }

    void tick() {
        for (EntrypointHealth health : source.all()) {
            Long kbps = health.inputBitrateKbps();
            history.add(health.contentId(), health.entrypoint(), health.publishing() && kbps != null ? kbps : 0L);
        }
        Set<String> watched = fanout.watchedContents();
        for (String contentId : watched) {
            LiveSnapshot snapshot = snapshots.of(contentId);
            fanout.publishToWatchers(contentId, new LiveUpdate.Tick(snapshot));
        }
    }

    /** Ends the loop without interrupting it: a tick reads the database (viewer figures). */
    @Override
    public void close() {
        closed.complete(null);
    }
}
