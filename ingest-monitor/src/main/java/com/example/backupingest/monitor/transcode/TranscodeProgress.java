package com.example.backupingest.monitor.transcode;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One block of ffmpeg {@code -progress} output. {@code speed} is relative to real time (1.0 keeps
 * up); values ffmpeg reports as N/A are null.
 */
public record TranscodeProgress(long frame, @Nullable Double fps, @Nullable Double speed,
        @Nullable Double bitrateKbps, long dropFrames, long dupFrames, long outTimeMs, boolean ended,
        Instant at) {
}
