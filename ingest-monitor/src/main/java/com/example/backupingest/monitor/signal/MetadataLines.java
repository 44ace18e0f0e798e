package com.example.backupingest.monitor.signal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata filter's print output from the transcoder's stderr, line by line:
 * {@code frame:12   pts:12   pts_time:2.4}, then {@code key=value} lines, the {@code sig} marker
 * last. A block is complete at its marker, so nothing waits for the next frame. Lines that are not
 * part of a block (ffmpeg's own warnings) are left to the caller. Not thread-safe: one per stderr.
 */
final class MetadataLines {

    private static final Pattern FRAME = Pattern.compile("frame:\\s*\\d+\\s+pts:\\s*\\S+\\s+pts_time:\\s*(\\S+)\\s*");
    static final String MARKER = "sig";

    private double time = Double.NaN;
    private final Map<String, String> entries = new HashMap<>();

    /** Consumed: the line belonged to a block; {@code complete} is set when it closed one. */
    record Result(boolean consumed, Optional<MetadataBlock> complete) {
        static final Result NOT_OURS = new Result(false, Optional.empty());
        static final Result PART = new Result(true, Optional.empty());
    }

    Result accept(String line) {
        Matcher frame = FRAME.matcher(line);
        if (frame.matches()) {
            entries.clear();
            try {
                time = Double.parseDouble(frame.group(1));
            } catch (NumberFormatException e) {
                time = Double.NaN; // "NOPTS": nothing to time by
            }
            return Result.PART;
        }
        int eq = line.indexOf('=');
        if (eq <= 0 || Double.isNaN(time)) {
            return Result.NOT_OURS;
        }
        String key = line.substring(0, eq);
        String value = line.substring(eq + 1).strip();
        if (key.equals(MARKER) && value.length() == 1) {
            MetadataBlock block = new MetadataBlock(value.charAt(0), time, entries);
            entries.clear();
            time = Double.NaN;
            return new Result(true, Optional.of(block));
        }
        if (key.startsWith("lavfi.")) {
            entries.put(key, value);
            return Result.PART;
        }
        return Result.NOT_OURS;
    }
}
