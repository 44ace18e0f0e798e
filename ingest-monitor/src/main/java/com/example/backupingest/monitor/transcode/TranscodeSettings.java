package com.example.backupingest.monitor.transcode;

import com.example.backupingest.monitor.api.process.RestartPolicy;
import java.time.Duration;

/**
 * How transcoders run: binary, segment length, playlist length, restart back-off, how long speed
 * may stay below real time before it counts as a problem, and the delay before the first read
 * (nginx admits the publish only after our on_publish answer, so reading at once would fail).
 */
public record TranscodeSettings(String ffmpeg, Duration segment, int playlistSize, RestartPolicy restart,
        Duration slowAfter, Duration startDelay) {
}
