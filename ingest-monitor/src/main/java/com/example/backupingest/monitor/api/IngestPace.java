package com.example.backupingest.monitor.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a publisher's media arrives as fast as it plays: its media time (the timestamp of the last
 * message nginx received) against the wall clock over a sliding window. An uplink slower than the
 * stream's bitrate makes it slower than real time (starved: TCP holds the encoder back, segments come
 * late); after a stall the queued media arrives at once, faster than real time (a burst). One per
 * publish; fed once per health poll. The issue-16 health-issue list can take {@link #verdict()} as its
 * check for "ingestion slower/faster than real time".
 */
public final class IngestPace {

    /** The health reasons these verdicts give (the portal matches them to translate them). */
    public static final String STARVED_REASON =
            "Ingestion is slower than real time: the encoder's line cannot carry the stream";
    public static final String BURST_REASON = "Ingestion is faster than real time: a burst after a stall";

    /** What the window shows. */
    public enum Verdict {
        /** Not enough samples yet (the first window of a publish). */
        UNKNOWN,
        REAL_TIME,
        /** Media time grows slower than the clock: the encoder's line cannot carry the stream. */
        STARVED,
        /** Media time grows faster than the clock: a backlog arriving after a stall. */
        BURST
    }

    static final double STARVED_BELOW = 0.90;
    static final double BURST_ABOVE = 1.10;

    private final Duration window;
    private final List<Sample> samples = new ArrayList<>();

    public IngestPace(Duration window) {
        this.window = window;
    }

    /** One observation: the publisher's media time and when it was read. A timestamp going back restarts. */
    public synchronized void record(long mediaMillis, Instant at) {
        Sample last = samples.isEmpty() ? null : samples.getLast();
        if (last != null && (mediaMillis < last.media() || at.isBefore(last.at()))) {
            samples.clear(); // a new publish or a timestamp reset: start over
        }
        samples.add(new Sample(mediaMillis, at));
        // keep one sample at or before the window's start, so the rate always spans the whole window
        while (samples.size() > 2 && Duration.between(samples.get(1).at(), at).compareTo(window) >= 0) {
            samples.removeFirst();
        }
    }

    /** Media seconds per wall-clock second over the window; null until the window is full. */
    public synchronized @Nullable Double rate() {
        if (samples.size() < 2) {
            return null;
        }
        Sample first = samples.getFirst();
        Sample last = samples.getLast();
        long wall = Duration.between(first.at(), last.at()).toMillis();
        if (wall < window.toMillis() * 9 / 10) {
            return null;
        }
        return (last.media() - first.media()) / (double) wall;
    }

    public Verdict verdict() {
        Double rate = rate();
        if (rate == null) {
            return Verdict.UNKNOWN;
        }
        return rate < STARVED_BELOW ? Verdict.STARVED : rate > BURST_ABOVE ? Verdict.BURST : Verdict.REAL_TIME;
    }

    private record Sample(long media, Instant at) {
    }
}
