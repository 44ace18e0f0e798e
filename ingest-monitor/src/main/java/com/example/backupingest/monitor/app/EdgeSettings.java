package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.edge.EdgeProperties;
import com.example.backupingest.monitor.edge.SwitchMode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code monitor.edge.*} as configured; {@link #resolve} times the edges in the transcoder's segment
 * duration: stall and clean time follow {@code monitor.segment-duration} (1.5 and 2 segments) unless
 * set explicitly, and an explicit edge segment duration must match it. The startup grace covers what
 * the transcoder needs for its first segment: start delay, probing (a segment plus 1 s, see
 * HlsTranscodeArgs) and the segment itself. Unset timings stay null here, so "not set" needs no
 * second look at the environment. Defaults of the others: {@link EdgeProperties#DEFAULTS}.
 */
@ConfigurationProperties("monitor.edge")
public record EdgeSettings(
        @DefaultValue("true") boolean enabled,
        @Nullable Duration segmentDuration,
        @Nullable Duration stallThreshold,
        @Nullable Duration cleanTime,
        @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("8") int windowSize,
        @DefaultValue("256MB") DataSize segmentCache,
        @Nullable Duration startupGrace,
        @DefaultValue("immediate") SwitchMode switchMode) {

    public EdgeProperties resolve(MonitorProperties monitor) {
        Duration segment = monitor.segmentDuration();
        if (segmentDuration != null && !segmentDuration.equals(segment)) {
            throw new IllegalStateException("monitor.edge.segment-duration (" + segmentDuration
                    + ") differs from monitor.segment-duration (" + segment + "): remove the edge setting,"
                    + " the edges take the transcoder's segment duration");
        }
        EdgeProperties derived = EdgeProperties.forSegmentDuration(segment);
        return new EdgeProperties(segment,
                stallThreshold != null ? stallThreshold : derived.stallThreshold(),
                cleanTime != null ? cleanTime : derived.cleanTime(),
                pollInterval, windowSize, segmentCache,
                startupGrace != null ? startupGrace
                        : monitor.transcoderStartDelay().plus(segment.multipliedBy(2)).plusSeconds(1),
                switchMode);
    }
}
