package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.monitor.IngestProtocol;
import com.example.backupingest.monitor.SrtLink;
import com.example.backupingest.monitor.Rendition;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one entrypoint of one content. Numbers are null where not (yet) known.
 * {@code reason} says in words why the state is what it is. {@code protocol}: how the encoder
 * publishes; {@code srtLink}: an SRT caller's link figures; {@code ingestRate}: media seconds arriving
 * per second ({@link IngestPace}, 1.0 = real time).
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
        @Nullable Instant publishingSince,
        @Nullable IngestProtocol protocol,
        @Nullable SrtLink srtLink,
        @Nullable Double ingestRate) {

    /** Without the way in (a monitor before RTMPS and SRT, or nothing publishing). */
    public EntrypointHealth(String contentId, Entrypoint entrypoint, HealthState state, String reason,
            boolean publishing, @Nullable Long inputBitrateKbps, @Nullable Double fps, @Nullable Integer width,
            @Nullable Integer height, @Nullable String videoCodec, @Nullable String videoProfile,
            @Nullable String audioCodec, @Nullable String audioProfile, boolean audioPresent,
            @Nullable Duration keyframeInterval, Map<Rendition, Double> transcodeSpeed,
            @Nullable Duration newestSegmentAge, @Nullable Instant publishingSince) {
        this(contentId, entrypoint, state, reason, publishing, inputBitrateKbps, fps, width, height, videoCodec,
                videoProfile, audioCodec, audioProfile, audioPresent, keyframeInterval, transcodeSpeed,
                newestSegmentAge, publishingSince, null, null, null);
    }
}
