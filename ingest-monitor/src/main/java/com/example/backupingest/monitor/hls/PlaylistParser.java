package com.example.backupingest.monitor.hls;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads HLS media playlists as ffmpeg writes them (EXT-X-PROGRAM-DATE-TIME may follow EXTINF). */
public final class PlaylistParser {

    // ffmpeg writes "+0000", the RFC example "Z" or "+00:00": accept all three.
    private static final DateTimeFormatter PDT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private PlaylistParser() {
    }

    public static MediaPlaylist parse(String text) {
        if (!text.startsWith("#EXTM3U")) {
            throw new IllegalArgumentException("not an HLS playlist");
        }
        int target = 0;
        long mediaSequence = 0;
        long discontinuitySequence = 0;
        boolean ended = false;
        List<Segment> segments = new ArrayList<>();
        @Nullable Duration duration = null;
        @Nullable Instant pdt = null;
        boolean discontinuity = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#EXT-X-TARGETDURATION:")) {
                target = Integer.parseInt(value(line));
            } else if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
                mediaSequence = Long.parseLong(value(line));
            } else if (line.startsWith("#EXT-X-DISCONTINUITY-SEQUENCE:")) {
                discontinuitySequence = Long.parseLong(value(line));
            } else if (line.equals("#EXT-X-DISCONTINUITY")) {
                discontinuity = true;
            } else if (line.equals("#EXT-X-ENDLIST")) {
                ended = true;
            } else if (line.startsWith("#EXTINF:")) {
                String seconds = value(line).split(",", 2)[0];
                duration = Duration.ofNanos(new BigDecimal(seconds).movePointRight(9).longValue());
            } else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                pdt = OffsetDateTime.parse(value(line), PDT).toInstant();
            } else if (!line.startsWith("#")) {
                if (duration == null) {
                    throw new IllegalArgumentException("segment without EXTINF: " + line);
                }
                segments.add(new Segment(line, duration, pdt, mediaSequence + segments.size(), discontinuity));
                duration = null;
                pdt = null;
                discontinuity = false;
            }
        }
        return new MediaPlaylist(target, mediaSequence, discontinuitySequence, segments, ended);
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}
