package com.example.backupingest.monitor.hls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The probed format of recent origin segments ({@link TsFormatProbe}), by the segment's cache key
 * (origin URI and PDT: a restarted encoder's seg0.ts is another entry). Filled where every new
 * segment passes anyway (the edges' segment cache, once per new segment), read by the master playlist. One table per JVM: edges of every fleet share it, bounded
 * to the most recent {@link #CAPACITY} segments.
 */
public final class SegmentFormats {

    static final int CAPACITY = 4096;
    private static final SegmentFormats SHARED = new SegmentFormats(CAPACITY);

    private final Map<String, SegmentFormat> formats;

    SegmentFormats(int capacity) {
        this.formats = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SegmentFormat> eldest) {
                return size() > capacity;
            }
        };
    }

    public static SegmentFormats shared() {
        return SHARED;
    }

    public synchronized Optional<SegmentFormat> get(String key) {
        return Optional.ofNullable(formats.get(key));
    }

    synchronized boolean knows(String key) {
        return formats.containsKey(key);
    }

    public void probe(String key, byte[] segment) {
        if (!knows(key)) {
            TsFormatProbe.probe(segment).ifPresent(format -> put(key, format));
        }
    }

    /** Reads only the head of the file, until the parameter sets and the first audio frame are found. */
    public void probe(String key, Path file) {
        if (knows(key)) {
            return;
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            TsFormatProbe.probe(in).ifPresent(format -> put(key, format));
        } catch (IOException e) {
            // gone already (deleted by the origin): the next segment tells
        }
    }

    /** The format of the newest probed segment among these cache keys (oldest first), if any was probed. */
    public synchronized Optional<SegmentFormat> newest(Collection<String> keys) {
        SegmentFormat found = null;
        for (String key : keys) {
            SegmentFormat format = formats.get(key);
            if (format != null) {
                found = format;
            }
        }
        return Optional.ofNullable(found);
    }

    synchronized void put(String key, SegmentFormat format) {
        formats.put(key, format);
    }
}
