package com.example.backupingest.portal.live;

import java.time.Duration;
import java.util.List;

/**
 * The ffmpeg command line of a demo encoder: a moving test pattern with a sine tone, H.264
 * ultrafast with a keyframe every {@code gop} (2 s), AAC, sent as FLV over RTMP. The target URL
 * holds the stream key: the list is never logged.
 */
record DemoEncoderArgs(String ffmpeg, String size, int fps, Duration gop) {

    List<String> build(String rtmpUrlWithKey) {
        String keyframes = String.valueOf(Math.max(1, Math.round(gop.toMillis() * fps / 1000.0)));
        return List.of(ffmpeg, "-hide_banner", "-nostats", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=" + size + ":rate=" + fps,
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
                "-g", keyframes, "-keyint_min", keyframes, "-sc_threshold", "0", "-b:v", "1500k",
                "-c:a", "aac", "-b:a", "96k", "-ar", "48000",
                "-f", "flv", rtmpUrlWithKey);
    }
}
