package com.example.backupingest.monitor.hls;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One media segment of an HLS media playlist; {@code sequence} is its media sequence number. */
public record Segment(String uri, Duration duration, @Nullable Instant programDateTime, long sequence,
        boolean discontinuity) {
}
