package com.example.backupingest.monitor.edge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Timing of the edges. {@code stallThreshold}: no new segment for this long means the stream is
 * broken (1.5 segments); {@code cleanTime}: how long a source must publish and deliver segments
 * steadily to count as clean (2 segments); {@code windowSize}: segments in an edge playlist;
 * {@code startupGrace}: extra time a freshly started publisher has for its first segment, on top of
 * the stall threshold (the transcoder starts, probes its input for a segment plus a second, then
 * writes a whole segment); {@code switchMode}: what a switch lists first (see {@link SwitchMode}).
 */
@ConfigurationProperties("monitor.edge")
public record EdgeProperties(
        @DefaultValue("2s") Duration segmentDuration,
        @DefaultValue("3s") Duration stallThreshold,
        @DefaultValue("4s") Duration cleanTime,
        @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("8") int windowSize,
        @DefaultValue("256MB") DataSize segmentCache,
        @DefaultValue("5s") Duration startupGrace,
        @DefaultValue("immediate") SwitchMode switchMode) {

    public static final EdgeProperties DEFAULTS = new EdgeProperties(Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofSeconds(4), Duration.ofMillis(250), 8, DataSize.ofMegabytes(256), Duration.ofSeconds(5),
            SwitchMode.IMMEDIATE);

    public EdgeProperties {
        if (windowSize < 3) {
            throw new IllegalArgumentException("an edge playlist needs at least 3 segments");
        }
        if (segmentDuration.isNegative() || segmentDuration.isZero() || pollInterval.isZero()) {
            throw new IllegalArgumentException("segment duration and poll interval must be positive");
        }
    }

    /** Defaults derived from a segment duration: stall after 1.5, clean after 2 segments, grace 2 segments + 1 s. */
    public static EdgeProperties forSegmentDuration(Duration segmentDuration) {
        return new EdgeProperties(segmentDuration, segmentDuration.multipliedBy(3).dividedBy(2),
                segmentDuration.multipliedBy(2), DEFAULTS.pollInterval(), DEFAULTS.windowSize(),
                DEFAULTS.segmentCache(), segmentDuration.multipliedBy(2).plusSeconds(1), DEFAULTS.switchMode());
    }
}
