package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.Rendition;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one entrypoint of one content. Numbers are null where not (yet) known.
 * {@code reason} says in words why the state is what it is.
 */
public record EntrypointHealth(
        String contentId,
        Entrypoint entrypoint,
        HealthState state,
        String reason,
        boolean publishing,
        @Nullable Long inputBitrateKbps,
        @Nullable Double fps,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable String videoCodec,
        @Nullable String videoProfile,
        @Nullable String audioCodec,
        @Nullable String audioProfile,
        boolean audioPresent,
        @Nullable Duration keyframeInterval,
        Map<Rendition, Double> transcodeSpeed,
        @Nullable Duration newestSegmentAge,
        @Nullable Instant publishingSince) {
}
