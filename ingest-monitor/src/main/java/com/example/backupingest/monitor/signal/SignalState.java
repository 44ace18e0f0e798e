package com.example.backupingest.monitor.signal;

import com.example.backupingest.monitor.api.ActiveFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the analysis branch sees on one entrypoint now. {@code keyframeInterval}: the last gap
 * between keyframes; {@code keyframeSpread}: longest minus shortest of the last
 * {@code keyframeIntervals} gaps (0 for a steady encoder); {@code interlaced}: whether the last
 * keyframe was flagged interlaced; {@code lastAnalysed}: when the last analysed frame arrived.
 */
public record SignalState(List<ActiveFault> faults, @Nullable Duration keyframeInterval,
        @Nullable Duration keyframeSpread, int keyframeIntervals, @Nullable Boolean interlaced,
        @Nullable Instant lastAnalysed) {

    public static final SignalState NONE = new SignalState(List.of(), null, null, 0, null, null);

    public SignalState {
        faults = List.copyOf(faults);
    }
}
