package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import com.example.backupingest.monitor.hls.Segment;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One rendition's playlist on one edge. The edge numbers its own segments, so the media sequence
 * continues across a switch; the first segment from a new source carries EXT-X-DISCONTINUITY and
 * is chosen by PDT: the first whose PDT is at or after the end of the last one taken, minus half a
 * segment. If the new source has not finished that one yet, {@link SwitchMode#IMMEDIATE} takes its
 * newest segment instead when that starts no earlier than the last one taken (a repeat of at most one
 * segment); {@link SwitchMode#CONTINUOUS} waits. Not thread-safe: the owning edge serialises access.
 * <p>
 * The target duration never changes (RFC 8216: it applies to the whole playlist, and players such as
 * hls.js hold back three of them): it is the segment duration rounded up, and a segment that would
 * exceed it (an encoder whose GOP stretched under overload) is left out; the next one listed carries
 * EXT-X-DISCONTINUITY. So the playlist is back to normal with the first normal segment after the
 * overload, instead of keeping a stretched target (and three times its latency) for good. Left out is
 * never silent: while this timeline leaves segments out ({@link #leavingOut()}) the edge's master
 * playlist does not offer the rendition, so players stay on the others (an encoder with a steady GOP
 * over the bound would otherwise leave the original empty for good), the count feeds the metric
 * {@code monitor_edge_segments_left_out_total}, and the health names the encoder's keyframe setting
 * ({@code KEYFRAME_INTERVAL_OVER_SEGMENT}). docs/failover.md, "Target duration".
 */
final class EdgeTimeline {

    private final int windowSize;
    private final Duration tolerance;
    private final Duration repeatSlack;
    private final SwitchMode switchMode;
    private final int targetDuration;
    private final Deque<EdgeSegment> window = new ArrayDeque<>();
    private final Map<Long, EdgeSegment> recent;
    private long nextSequence;
    private long discontinuitySequence;
    private long leftOut;
    private @Nullable EdgeSegment last;
    private long lastOriginSequence;
    private @Nullable Entrypoint following;
    private boolean switchPending;
    private boolean skippedOver;
    private java.time.@Nullable Instant lastLeftOut;

    EdgeTimeline(EdgeProperties properties) {
        this.windowSize = properties.windowSize();
        this.tolerance = properties.segmentDuration().dividedBy(2);
        // the two transcoders stamp "the same" segment some ms apart: allow that, not a second segment
        this.repeatSlack = properties.segmentDuration().dividedBy(10);
        this.switchMode = properties.switchMode();
        this.targetDuration = (int) Math.ceil(properties.segmentDuration().toMillis() / 1000.0);
        int remembered = 3 * windowSize; // players may still ask for segments that just slid out
        this.recent = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, EdgeSegment> eldest) {
                return size() > remembered;
            }
        };
    }

    /** Which source to take segments from from now on; null holds the playlist (both down). */
    void follow(@Nullable Entrypoint source) {
        if (source != following) {
            following = source;
            switchPending = source != null && last != null;
        }
    }

    /** Takes what is new in an origin playlist of the followed source; returns what was appended. */
    List<EdgeSegment> offer(Entrypoint source, MediaPlaylist origin, URI playlistUri) {
        if (source != following) {
            return List.of();
        }
        List<Segment> candidates = origin.segments().stream().filter(s -> s.programDateTime() != null).toList();
        int from = firstToTake(candidates);
        if (from < 0) {
            return List.of(); // the new source is not far enough yet: wait rather than repeat
        }
        List<EdgeSegment> appended = new ArrayList<>();
        for (Segment segment : candidates.subList(from, candidates.size())) {
            if (!fits(segment)) {
                if (lastLeftOut == null || segment.programDateTime().isAfter(lastLeftOut)) {
                    leftOut++;
                    lastLeftOut = segment.programDateTime();
                }
                lastOriginSequence = segment.sequence();
                skippedOver = true; // the next one listed carries the discontinuity
                continue;
            }
            // Same source, but the sequence jumped: its encoder restarted (new timestamps) or we missed some.
            boolean jumped = last != null && !switchPending
                    && (segment.sequence() != lastOriginSequence + 1 || skippedOver);
            skippedOver = false;
            boolean discontinuity = segment.discontinuity() || jumped || (switchPending && appended.isEmpty());
            lastOriginSequence = segment.sequence();
            EdgeSegment taken = new EdgeSegment(nextSequence++, source, playlistUri.resolve(segment.uri()),
                    segment.duration(), segment.programDateTime(), discontinuity);
            append(taken);
            appended.add(taken);
        }
        if (!appended.isEmpty()) {
            switchPending = false;
        }
        return appended;
    }

    /** RFC 8216 4.3.3.1: the EXTINF duration, rounded to the nearest integer, at most the target duration. */
    private boolean fits(Segment segment) {
        return Math.round(segment.duration().toMillis() / 1000.0) <= targetDuration;
    }

    /** Whether the newest segment considered was left out (too long), and none has been taken since. */
    boolean leavingOut() {
        return skippedOver;
    }

    /** Segments left out so far because they were longer than the target duration. */
    long leftOut() {
        return leftOut;
    }

    private int firstToTake(List<Segment> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            var pdt = candidates.get(i).programDateTime();
            if (last == null
                    || (switchPending && !pdt.isBefore(last.end().minus(tolerance)))
                    || (!switchPending && pdt.isAfter(last.programDateTime()))) {
                return i;
            }
        }
        if (switchPending && switchMode == SwitchMode.IMMEDIATE && !candidates.isEmpty()
                && !candidates.getLast().programDateTime().isBefore(last.programDateTime().minus(repeatSlack))) {
            return candidates.size() - 1;
        }
        return -1;
    }

    private void append(EdgeSegment segment) {
        window.addLast(segment);
        recent.put(segment.sequence(), segment);
        last = segment;
        while (window.size() > windowSize) {
            if (window.removeFirst().discontinuity()) {
                discontinuitySequence++;
            }
        }
    }

    MediaPlaylist playlist() {
        long first = window.isEmpty() ? nextSequence : window.getFirst().sequence();
        // A window that starts with a discontinuity keeps it: the tag stays with its segment.
        return new MediaPlaylist(targetDuration, first, discontinuitySequence,
                window.stream().map(EdgeSegment::asPlaylistSegment).toList(), false);
    }

    /** The segments players see now, oldest first. */
    List<EdgeSegment> segments() {
        return List.copyOf(window);
    }

    Optional<EdgeSegment> find(long sequence) {
        return Optional.ofNullable(recent.get(sequence));
    }
}
