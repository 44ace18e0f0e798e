package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.edge.EdgeProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Binds {@code monitor.edge.*} so that the edges time their rules in the transcoder's segment
 * duration: stall and clean time follow {@code monitor.segment-duration} (1.5 and 2 segments)
 * unless set explicitly, and an explicit edge segment duration must match it. The startup grace
 * covers what the transcoder needs for its first segment: start delay, probing (a segment plus
 * 1 s, see HlsTranscodeArgs) and the segment itself.
 */
public final class EdgeSettings {

    private static final String PREFIX = "monitor.edge";

    private EdgeSettings() {
    }

    public static EdgeProperties bind(Binder binder, MonitorProperties monitor) {
        EdgeProperties bound = binder.bindOrCreate(PREFIX, EdgeProperties.class);
        Duration segment = monitor.segmentDuration();
        if (isSet(binder, "segment-duration") && !bound.segmentDuration().equals(segment)) {
            throw new IllegalStateException("monitor.edge.segment-duration (" + bound.segmentDuration()
                    + ") differs from monitor.segment-duration (" + segment + "): remove the edge setting,"
                    + " the edges take the transcoder's segment duration");
        }
        EdgeProperties derived = EdgeProperties.forSegmentDuration(segment);
        return new EdgeProperties(segment,
                isSet(binder, "stall-threshold") ? bound.stallThreshold() : derived.stallThreshold(),
                isSet(binder, "clean-time") ? bound.cleanTime() : derived.cleanTime(),
                bound.pollInterval(), bound.windowSize(), bound.segmentCache(),
                isSet(binder, "startup-grace") ? bound.startupGrace()
                        : monitor.transcoderStartDelay().plus(segment.multipliedBy(2)).plusSeconds(1),
                bound.switchMode());
    }

    private static boolean isSet(Binder binder, String property) {
        return binder.bind(PREFIX + "." + property, Duration.class).isBound();
    }
}
