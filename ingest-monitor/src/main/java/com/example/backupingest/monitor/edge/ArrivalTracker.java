package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Notices when an origin playlist gained a segment. The newest segment's PDT identifies it (URIs and
 * sequence numbers restart with the encoder). A leftover playlist of an earlier broadcast seen for
 * the first time is not an arrival.
 */
final class ArrivalTracker {

    private final Duration stallThreshold;
    private final Map<Entrypoint, String> newest = new EnumMap<>(Entrypoint.class);

    ArrivalTracker(Duration stallThreshold) {
        this.stallThreshold = stallThreshold;
    }

    boolean gainedSegment(Entrypoint source, MediaPlaylist playlist, Instant now) {
        var segment = playlist.newest().orElse(null);
        if (segment == null) {
            return false;
        }
        String identity = segment.programDateTime() != null ? segment.programDateTime().toString()
                : segment.sequence() + "/" + segment.uri();
        String before = newest.put(source, identity);
        if (before == null && segment.programDateTime() != null) {
            Instant written = segment.programDateTime().plus(segment.duration());
            return Duration.between(written, now).compareTo(stallThreshold) < 0;
        }
        return !Objects.equals(before, identity);
    }
}
