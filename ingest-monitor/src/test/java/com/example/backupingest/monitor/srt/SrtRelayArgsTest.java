package com.example.backupingest.monitor.srt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrtRelayArgsTest {

    @Test
    void the_relay_copies_mpeg_ts_from_stdin_into_the_srt_rtmp_server_under_its_one_time_name() {
        assertThat(new SrtRelayArgs("ffmpeg", 31003, "srt-once").build()).containsExactly("ffmpeg", "-hide_banner",
                "-loglevel", "warning", "-nostats", "-analyzeduration", "3000000", "-probesize", "3000000",
                "-f", "mpegts", "-i", "pipe:0", "-map", "0:v:0", "-map", "0:a:0?", "-c", "copy",
                "-f", "flv", "-flvflags", "no_duration_filesize", "rtmp://127.0.0.1:31003/live/srt-once");
    }
}
