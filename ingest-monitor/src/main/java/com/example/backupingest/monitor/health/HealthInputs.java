package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.transcode.TranscoderStatus;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What the health rules look at for one content on one entrypoint. */
public record HealthInputs(boolean publishing, boolean otherPublishing, @Nullable Duration publishingFor,
        @Nullable TranscoderStatus transcoder, @Nullable Duration newestSegmentAge) {
}
