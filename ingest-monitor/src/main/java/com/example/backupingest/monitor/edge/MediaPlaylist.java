package com.example.backupingest.monitor.edge;

import java.util.List;
import java.util.Optional;

/** An HLS media playlist (RFC 8216 section 4.3.3), as far as edges need it. */
record MediaPlaylist(int targetDuration, long mediaSequence, long discontinuitySequence, List<Segment> segments,
        boolean ended) {

    MediaPlaylist {
        segments = List.copyOf(segments);
    }

    Optional<Segment> newest() {
        return segments.isEmpty() ? Optional.empty() : Optional.of(segments.getLast());
    }
}
