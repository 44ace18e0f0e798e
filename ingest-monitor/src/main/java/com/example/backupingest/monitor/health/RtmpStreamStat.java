package com.example.backupingest.monitor.health;

import com.example.backupingest.monitor.api.IngestPace;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One live stream from nginx-rtmp's /stat. {@code name} is the stream key: keep it inside the
 * monitor. Bit rates are in bit/s (nginx averages them over ten seconds, 0 before that), for the
 * whole stream and for its video and audio. {@code publisherTimestampMs}: the media time (ms) of the
 * last message the publisher sent, which {@link IngestPace} holds against the wall clock.
 */
record RtmpStreamStat(String application, String name, boolean publishing, Duration time, long bwIn,
        @Nullable Integer width, @Nullable Integer height, @Nullable Double frameRate, @Nullable String videoCodec,
        @Nullable String videoProfile, @Nullable String audioCodec, @Nullable String audioProfile, long bwVideo,
        long bwAudio, @Nullable Integer audioChannels, @Nullable Integer audioSampleRate,
        @Nullable Long publisherTimestampMs) {

    public RtmpStreamStat(String application, String name, boolean publishing, Duration time, long bwIn,
            @Nullable Integer width, @Nullable Integer height, @Nullable Double frameRate, @Nullable String videoCodec,
            @Nullable String videoProfile, @Nullable String audioCodec, @Nullable String audioProfile) {
        this(application, name, publishing, time, bwIn, width, height, frameRate, videoCodec, videoProfile, audioCodec,
                audioProfile, 0, 0, null, null, null);
    }

    @Override
    public String toString() {
        return "RtmpStreamStat[" + application + ", publishing=" + publishing + ", " + width + "x" + height + "]";
    }
}
