package com.example.backupingest.monitor.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one entrypoint of one content. Numbers are null where not (yet) known.
 * {@code reason} says in words why the state is what it is; {@code details} holds what the health
 * checks look at beyond the basics, {@code issues} what they found (this entrypoint's own; the
 * comparisons with the other one come from {@link HealthIssues#compare}), {@code status} the one
 * word for both. {@code protocol}: how the encoder publishes; {@code srtLink}: an SRT caller's link
 * figures; {@code ingestRate}: media seconds arriving per second ({@link IngestPace}, 1.0 = real time).
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
        StreamDetails details,
        HealthStatus status,
        List<HealthIssue> issues,
        @Nullable IngestProtocol protocol,
        @Nullable SrtLink srtLink,
        @Nullable Double ingestRate) {

    public EntrypointHealth {
        details = details == null ? StreamDetails.NONE : details;
        issues = issues == null ? List.of() : List.copyOf(issues);
        status = status == null ? HealthStatus.of(publishing, state, issues) : status;
    }

    /** Without the way in (a monitor before RTMPS and SRT, or nothing publishing). */
    public EntrypointHealth(String contentId, Entrypoint entrypoint, HealthState state, String reason,
            boolean publishing, @Nullable Long inputBitrateKbps, @Nullable Double fps, @Nullable Integer width,
            @Nullable Integer height, @Nullable String videoCodec, @Nullable String videoProfile,
            @Nullable String audioCodec, @Nullable String audioProfile, boolean audioPresent,
            @Nullable Duration keyframeInterval, Map<Rendition, Double> transcodeSpeed,
            @Nullable Duration newestSegmentAge, @Nullable Instant publishingSince, StreamDetails details,
            @Nullable HealthStatus status, List<HealthIssue> issues) {
        this(contentId, entrypoint, state, reason, publishing, inputBitrateKbps, fps, width, height, videoCodec,
                videoProfile, audioCodec, audioProfile, audioPresent, keyframeInterval, transcodeSpeed,
                newestSegmentAge, publishingSince, details, status, issues, null, null, null);
    }

    /** Without details, issues and the way in (a state known from an event, or an older monitor's JSON). */
    public EntrypointHealth(String contentId, Entrypoint entrypoint, HealthState state, String reason,
            boolean publishing, @Nullable Long inputBitrateKbps, @Nullable Double fps, @Nullable Integer width,
            @Nullable Integer height, @Nullable String videoCodec, @Nullable String videoProfile,
            @Nullable String audioCodec, @Nullable String audioProfile, boolean audioPresent,
            @Nullable Duration keyframeInterval, Map<Rendition, Double> transcodeSpeed,
            @Nullable Duration newestSegmentAge, @Nullable Instant publishingSince) {
        this(contentId, entrypoint, state, reason, publishing, inputBitrateKbps, fps, width, height, videoCodec,
                videoProfile, audioCodec, audioProfile, audioPresent, keyframeInterval, transcodeSpeed,
                newestSegmentAge, publishingSince, StreamDetails.NONE, null, List.of());
    }

    /** The same snapshot with its issues (and the status they give). */
    public EntrypointHealth withIssues(List<HealthIssue> found) {
        return new EntrypointHealth(contentId, entrypoint, state, reason, publishing, inputBitrateKbps, fps, width,
                height, videoCodec, videoProfile, audioCodec, audioProfile, audioPresent, keyframeInterval,
                transcodeSpeed, newestSegmentAge, publishingSince, details, HealthStatus.of(publishing, state, found),
                found, protocol, srtLink, ingestRate);
    }

    /** The same snapshot in another state (and the status it gives). */
    public EntrypointHealth withState(HealthState newState, String newReason, boolean nowPublishing) {
        return new EntrypointHealth(contentId, entrypoint, newState, newReason, nowPublishing, inputBitrateKbps, fps,
                width, height, videoCodec, videoProfile, audioCodec, audioProfile, audioPresent, keyframeInterval,
                transcodeSpeed, newestSegmentAge, publishingSince, details,
                HealthStatus.of(nowPublishing, newState, issues), issues, protocol, srtLink, ingestRate);
    }
}
