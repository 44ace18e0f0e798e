package com.example.backupingest.monitor.srt;

import java.util.List;

/**
 * The ffmpeg that hands one SRT caller's MPEG-TS (on its stdin, from the listener) to nginx-rtmp as
 * FLV, without re-encoding. It publishes under a one-time name ({@code token}) that nginx's on_publish
 * trades for the content's stream (so no key or passphrase is on any command line), to the loopback
 * rtmp server that marks its publishers as SRT. H.264 and AAC pass through (as over RTMP).
 */
record SrtRelayArgs(String ffmpeg, int relayPort, String token) {

    List<String> build() {
        return List.of(ffmpeg, "-hide_banner", "-loglevel", "warning", "-nostats",
                // a caller's first keyframe is at most a GOP away: probe that long, not ffmpeg's 5 s
                "-analyzeduration", "3000000", "-probesize", "3000000",
                "-f", "mpegts", "-i", "pipe:0",
                "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy",
                "-f", "flv", "-flvflags", "no_duration_filesize",
                "rtmp://127.0.0.1:" + relayPort + "/live/" + token);
    }
}
