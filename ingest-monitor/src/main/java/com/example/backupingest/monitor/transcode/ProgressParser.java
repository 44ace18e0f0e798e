package com.example.backupingest.monitor.transcode;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects ffmpeg's {@code key=value} progress lines until a {@code progress=continue|end} line
 * closes the block. Not thread-safe: one parser per output stream.
 */
final class ProgressParser {

    private final Clock clock;
    private final Map<String, String> block = new HashMap<>();

    public ProgressParser(Clock clock) {
        this.clock = clock;
    }

    /** Returns a record when {@code line} completes a block. */
    public Optional<TranscodeProgress> accept(String line) {
        int eq = line.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        String key = line.substring(0, eq).trim();
        String value = line.substring(eq + 1).trim();
        if (!key.equals("progress")) {
            block.put(key, value);
            return Optional.empty();
        }
        TranscodeProgress progress = new TranscodeProgress(longOf("frame"), number("fps", ""),
                number("speed", "x"), number("bitrate", "kbits/s"), longOf("drop_frames"), longOf("dup_frames"),
                longOf("out_time_us") / 1000, value.equals("end"), clock.instant());
        block.clear();
        return Optional.of(progress);
    }

    private @Nullable Double number(String key, String unit) {
        String raw = block.get(key);
        if (raw == null) {
            return null;
        }
        try {
            return Double.parseDouble(raw.replace(unit, "").trim());
        } catch (NumberFormatException e) {
            return null; // "N/A" while ffmpeg has no estimate yet
        }
    }

    private long longOf(String key) {
        String raw = block.get(key);
        try {
            return raw == null ? 0 : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
