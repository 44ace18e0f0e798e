package com.example.backupingest.monitor.hls;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes edge media playlists: sequence, discontinuity sequence, PDT on every segment. */
public final class PlaylistWriter {

    private PlaylistWriter() {
    }

    public static String write(MediaPlaylist playlist) {
        StringBuilder out = new StringBuilder(256 + 96 * playlist.segments().size())
                .append("#EXTM3U\n#EXT-X-VERSION:6\n")
                .append("#EXT-X-TARGETDURATION:").append(playlist.targetDuration()).append('\n')
                .append("#EXT-X-MEDIA-SEQUENCE:").append(playlist.mediaSequence()).append('\n')
                .append("#EXT-X-DISCONTINUITY-SEQUENCE:").append(playlist.discontinuitySequence()).append('\n')
                .append("#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (Segment segment : playlist.segments()) {
            if (segment.discontinuity()) {
                out.append("#EXT-X-DISCONTINUITY\n");
            }
            if (segment.programDateTime() != null) {
                out.append("#EXT-X-PROGRAM-DATE-TIME:")
                        .append(DateTimeFormatter.ISO_INSTANT.format(segment.programDateTime())).append('\n');
            }
            double seconds = segment.duration().toNanos() / 1e9;
            out.append(String.format(Locale.ROOT, "#EXTINF:%.6f,", seconds)).append('\n')
                    .append(segment.uri()).append('\n');
        }
        if (playlist.ended()) {
            out.append("#EXT-X-ENDLIST\n");
        }
        return out.toString();
    }
}
