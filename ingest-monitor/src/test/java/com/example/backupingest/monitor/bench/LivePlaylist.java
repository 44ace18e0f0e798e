package com.example.backupingest.monitor.bench;

import java.util.ArrayList;
import java.util.List;

/** The parts of a live media playlist a player needs: target duration and the numbered segments. */
record LivePlaylist(double targetDuration, List<Entry> segments) {

    record Entry(long sequence, String uri, double duration) {
    }

    static LivePlaylist parse(String text) {
        double target = 0;
        long sequence = 0;
        double duration = 0;
        List<Entry> segments = new ArrayList<>();
        for (String line : text.split("\n")) {
            line = line.strip();
            if (line.startsWith("#EXT-X-TARGETDURATION:")) {
                target = Double.parseDouble(line.substring(22));
            } else if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
                sequence = Long.parseLong(line.substring(22));
            } else if (line.startsWith("#EXTINF:")) {
                duration = Double.parseDouble(line.substring(8, line.indexOf(',')));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                segments.add(new Entry(sequence++, line, duration));
            }
        }
        if (target <= 0) {
            throw new IllegalArgumentException("not a media playlist: " + text);
        }
        return new LivePlaylist(target, List.copyOf(segments));
    }

    /** The request path of a segment URI relative to the playlist's path. */
    static String resolve(String playlistPath, String uri) {
        return uri.startsWith("/") ? uri : playlistPath.substring(0, playlistPath.lastIndexOf('/') + 1) + uri;
    }
}
