package com.example.backupingest.monitor.api;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an entrypoint's health adds to the basics for the health checks: video and audio bit rates
 * (nginx-rtmp, averaged over 10 s), audio channels and sample rate, interlacing and the spread of
 * the keyframe intervals (the transcoder's analysis), the picture and sound faults shown now, and
 * the content's checks. Null where not (yet) known.
 */
public record StreamDetails(@Nullable Long videoKbps, @Nullable Long audioKbps, @Nullable Integer audioChannels,
        @Nullable Integer audioSampleRate, @Nullable Boolean interlaced, @Nullable Duration keyframeSpread,
        List<ActiveFault> faults, ContentChecks checks) {

    public static final StreamDetails NONE = new StreamDetails(null, null, null, null, null, null, List.of(),
            ContentChecks.DEFAULT);

    public StreamDetails {
        faults = faults == null ? List.of() : List.copyOf(faults);
        checks = checks == null ? ContentChecks.DEFAULT : checks;
    }
}
