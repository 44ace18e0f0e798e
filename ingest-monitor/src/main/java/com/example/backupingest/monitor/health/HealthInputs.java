package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.IngestPace;

import com.example.backupingest.monitor.api.RevocationReason;
import com.example.backupingest.monitor.transcode.TranscoderStatus;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the health rules look at for one content on one entrypoint. {@code revoked}: why its last
 * publisher was dropped (its key was revoked), while no new one publishes. {@code pace}: whether the
 * publisher's media arrives in real time ({@link IngestPace}).
 */
record HealthInputs(boolean publishing, boolean otherPublishing, @Nullable Duration publishingFor,
        @Nullable TranscoderStatus transcoder, @Nullable Duration newestSegmentAge,
        @Nullable RevocationReason revoked, IngestPace.Verdict pace) {

    public HealthInputs(boolean publishing, boolean otherPublishing, @Nullable Duration publishingFor,
            @Nullable TranscoderStatus transcoder, @Nullable Duration newestSegmentAge,
            @Nullable RevocationReason revoked) {
        this(publishing, otherPublishing, publishingFor, transcoder, newestSegmentAge, revoked,
                IngestPace.Verdict.UNKNOWN);
    }

    public HealthInputs(boolean publishing, boolean otherPublishing, @Nullable Duration publishingFor,
            @Nullable TranscoderStatus transcoder, @Nullable Duration newestSegmentAge) {
        this(publishing, otherPublishing, publishingFor, transcoder, newestSegmentAge, null);
    }
}
