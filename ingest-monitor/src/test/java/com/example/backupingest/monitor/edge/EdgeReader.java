package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import com.example.backupingest.monitor.hls.PlaylistParser;
import com.example.backupingest.monitor.hls.Segment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Follows an edge media playlist like a player: every 200 ms, remembering every segment by its edge
 * sequence number, its discontinuity number, and whether the edge could serve its bytes.
 */
final class EdgeReader implements AutoCloseable {

    record Seen(Segment segment, long discontinuityNumber, boolean served, Instant firstSeen) {
        Instant end() {
            return segment.programDateTime().plus(segment.duration());
        }
    }

    private final EdgeFleet fleet;
    private final String contentId;
    private final String edgeId;
    private final Map<Long, Seen> seen = new TreeMap<>();
    final List<String> problems = new CopyOnWriteArrayList<>();
    private final Thread thread;

    EdgeReader(EdgeFleet fleet, String contentId, String edgeId) {
        this.fleet = fleet;
        this.contentId = contentId;
        this.edgeId = edgeId;
        this.thread = Thread.ofVirtual().start(this::follow);
    }

    private void follow() {
        while (!Thread.currentThread().isInterrupted()) {
            fleet.mediaPlaylist(contentId, edgeId, Rendition.ORIGINAL).map(PlaylistParser::parse).ifPresent(this::read);
            try {
                Thread.sleep(200); // the reader's poll rhythm, as a player's, not a wait for a condition
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void read(MediaPlaylist playlist) {
        long discontinuity = playlist.discontinuitySequence();
        for (Segment segment : playlist.segments()) {
            discontinuity += segment.discontinuity() ? 1 : 0;
            Seen before;
            synchronized (seen) {
                before = seen.get(segment.sequence());
            }
            if (before == null) {
                boolean served = fleet.segment(contentId, edgeId, Rendition.ORIGINAL, segment.uri()).isPresent();
                synchronized (seen) {
                    seen.put(segment.sequence(), new Seen(segment, discontinuity, served, Instant.now()));
                }
            } else if (before.discontinuityNumber() != discontinuity || !before.segment().equals(segment)) {
                problems.add("segment " + segment.sequence() + " changed between polls");
            }
        }
    }

    List<Seen> seen() {
        synchronized (seen) {
            return new ArrayList<>(seen.values());
        }
    }

    long count() {
        synchronized (seen) {
            return seen.size();
        }
    }

    /** Gap between each segment's end and the next one's start (negative: overlap), by PDT. */
    static Duration gapBefore(Seen previous, Seen next) {
        return Duration.between(previous.end(), next.segment().programDateTime());
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(2000);
    }
}
