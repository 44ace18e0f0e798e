package com.example.backupingest.portal.live;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The marker that ties a pushed UIDL message to the server tick that produced it: a sparkline's
 * {@code values} attribute (the comma-joined bitrate window) changes with every tick, so its text
 * names the tick. Both sides hash the text the same way (64-bit FNV-1a); JDK only, because the
 * push client runs in its own JVM with just the test classes on its class path.
 */
final class SparklineMarker {

    /** A run of at least 8 comma-separated numbers as a JSON string: only sparkline values look like that. */
    private static final Pattern VALUES = Pattern.compile("\"(\\d+(?:,\\d+){7,})\"");

    private SparklineMarker() {
    }

    /** The attribute text {@code Sparkline.setValues} writes for these samples. */
    static String text(List<Long> samples) {
        return samples.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static long hash(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Hashes of all sparkline values in one pushed message. */
    static long[] find(CharSequence message) {
        Matcher m = VALUES.matcher(message);
        LongStream.Builder found = LongStream.builder();
        while (m.find()) {
            found.add(hash(m.group(1)));
        }
        return found.build().toArray();
    }
}
