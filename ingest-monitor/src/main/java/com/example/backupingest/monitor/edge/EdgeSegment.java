package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.hls.Segment;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/** A segment in an edge playlist: the edge's own sequence number mapped to an origin segment. */
record EdgeSegment(long sequence, Entrypoint source, URI origin, Duration duration, Instant programDateTime,
        boolean discontinuity) {

    static final String PREFIX = "seg-";
    static final String SUFFIX = ".ts";

    Instant end() {
        return programDateTime.plus(duration);
    }

    /** The sequence number a segment name of an edge playlist carries; empty for any other name. */
    static OptionalLong sequence(String name) {
        if (!name.matches(PREFIX + "\\d{1,18}\\" + SUFFIX)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(name, PREFIX.length(), name.length() - SUFFIX.length(), 10));
    }

    String name() {
        return PREFIX + sequence + SUFFIX;
    }

    /** Origin URIs repeat when an encoder restarts (seg0.ts again), the PDT tells them apart. */
    String cacheKey() {
        return origin + "@" + programDateTime;
    }

    Segment asPlaylistSegment() {
        return new Segment(name(), duration, programDateTime, sequence, discontinuity);
    }
}
