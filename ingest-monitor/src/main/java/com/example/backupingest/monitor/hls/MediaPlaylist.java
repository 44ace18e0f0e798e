package com.example.backupingest.monitor.hls;

import java.util.List;
import java.util.Optional;

/** An HLS media playlist (RFC 8216 section 4.3.3), as far as edges need it. */
public record MediaPlaylist(int targetDuration, long mediaSequence, long discontinuitySequence, List<Segment> segments,
        boolean ended) {

    public MediaPlaylist {
        segments = List.copyOf(segments);
    }

    public Optional<Segment> newest() {
        return segments.isEmpty() ? Optional.empty() : Optional.of(segments.getLast());
    }
}
