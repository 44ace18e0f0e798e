package com.example.backupingest.monitor.hls;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.hls.TsDemuxer.Payload;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The demuxer on hand-made packets (real ffmpeg segments: TsFormatProbeTest). */
class TsDemuxerTest {

    private static final int PMT_PID = 0x1000;
    private static final int VIDEO_PID = 0x100;
    private static final int AUDIO_PID = 0x101;

    private final TsDemuxer demuxer = new TsDemuxer();

    @Test
    void the_pat_names_the_pmt_and_the_pmt_names_the_first_video_and_audio_stream() {
        assertThat(demuxer.packet(pat(), true, true)).isEqualTo(Payload.NONE);
        assertThat(demuxer.pmtSeen()).isFalse();
        assertThat(demuxer.packet(pmt(), true, true)).isEqualTo(Payload.NONE);

        assertThat(demuxer.pmtSeen()).isTrue();
        assertThat(demuxer.videoType()).isEqualTo(TsDemuxer.H264);
        assertThat(demuxer.audioType()).isEqualTo(0x0F);
        assertThat(demuxer.hasAudio()).isTrue();
    }

    @Test
    void collects_a_streams_pes_payload_without_the_pes_header_from_its_first_unit_start_on() {
        demuxer.packet(pat(), true, true);
        demuxer.packet(pmt(), true, true);

        assertThat(demuxer.packet(packet(VIDEO_PID, false, filled(184, 9)), true, true))
                .as("a continuation before any unit start is dropped").isEqualTo(Payload.NONE);
        assertThat(demuxer.packet(pes(VIDEO_PID, new byte[] {0, 0, 0, 1, 0x67}), true, true)).isEqualTo(Payload.VIDEO);
        assertThat(demuxer.packet(packet(VIDEO_PID, false, filled(184, 7)), true, true)).isEqualTo(Payload.VIDEO);

        byte[] video = demuxer.video();
        assertThat(Arrays.copyOf(video, 5)).containsExactly(0, 0, 0, 1, 0x67);
        assertThat(video).hasSize(184 - 14 + 184);
        assertThat(video[video.length - 1]).isEqualTo((byte) 7);
        assertThat(demuxer.audio()).isEmpty();
    }

    @Test
    void a_stream_the_caller_no_longer_wants_is_not_collected() {
        demuxer.packet(pat(), true, true);
        demuxer.packet(pmt(), true, true);

        assertThat(demuxer.packet(pes(AUDIO_PID, new byte[] {(byte) 0xFF, (byte) 0xF1}), true, false))
                .isEqualTo(Payload.NONE);
        assertThat(demuxer.packet(pes(AUDIO_PID, new byte[] {(byte) 0xFF, (byte) 0xF1}), true, true))
                .isEqualTo(Payload.AUDIO);
        assertThat(demuxer.packet(pes(VIDEO_PID, new byte[] {0, 0, 1}), false, true)).isEqualTo(Payload.NONE);

        assertThat(demuxer.audio()).startsWith((byte) 0xFF, (byte) 0xF1).hasSize(184 - 14);
        assertThat(demuxer.video()).isEmpty();
    }

    @Test
    void packets_without_payload_and_before_the_pmt_are_skipped() {
        byte[] adaptationOnly = pes(VIDEO_PID, new byte[] {0, 0, 1});
        adaptationOnly[3] = 0x20;

        assertThat(demuxer.packet(pes(VIDEO_PID, new byte[] {0, 0, 1}), true, true)).isEqualTo(Payload.NONE);
        demuxer.packet(pat(), true, true);
        demuxer.packet(pmt(), true, true);
        assertThat(demuxer.packet(adaptationOnly, true, true)).isEqualTo(Payload.NONE);
        assertThat(demuxer.video()).isEmpty();
        assertThat(TsDemuxer.synced(pat())).isTrue();
        assertThat(TsDemuxer.synced(new byte[188])).isFalse();
    }

    private static byte[] pat() {
        return packet(0, true, section(0x00, new byte[] {0x00, 0x01, (byte) 0xC1, 0, 0,
                0x00, 0x01, (byte) (0xE0 | PMT_PID >> 8), (byte) PMT_PID}));
    }

    private static byte[] pmt() {
        return packet(PMT_PID, true, section(0x02, new byte[] {0x00, 0x01, (byte) 0xC1, 0, 0,
                (byte) 0xE1, 0x00, (byte) 0xF0, 0x00, // PCR PID, no program info
                0x1B, (byte) (0xE0 | VIDEO_PID >> 8), (byte) VIDEO_PID, (byte) 0xF0, 0x00,
                0x0F, (byte) (0xE0 | AUDIO_PID >> 8), (byte) AUDIO_PID, (byte) 0xF0, 0x00}));
    }

    /** pointer_field, table_id, section length, the body and a (not checked) CRC. */
    private static byte[] section(int tableId, byte[] body) {
        int length = body.length + 4;
        byte[] out = new byte[4 + length];
        out[1] = (byte) tableId;
        out[2] = (byte) (0xB0 | length >> 8);
        out[3] = (byte) length;
        System.arraycopy(body, 0, out, 4, body.length);
        return out;
    }

    /** A PES packet start: start code, stream id, length 0, flags with a 5-byte PTS, then the data. */
    private static byte[] pes(int pid, byte[] data) {
        byte[] payload = filled(184, 0x55);
        byte[] header = {0, 0, 1, (byte) 0xE0, 0, 0, (byte) 0x80, (byte) 0x80, 5, 0x21, 0, 1, 0, 1};
        System.arraycopy(header, 0, payload, 0, header.length);
        System.arraycopy(data, 0, payload, header.length, data.length);
        return packet(pid, true, payload);
    }

    private static byte[] packet(int pid, boolean unitStart, byte[] payload) {
        byte[] p = filled(188, 0xFF);
        p[0] = 0x47;
        p[1] = (byte) ((unitStart ? 0x40 : 0) | pid >> 8);
        p[2] = (byte) pid;
        p[3] = 0x10; // payload only
        System.arraycopy(payload, 0, p, 4, Math.min(payload.length, 184));
        return p;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
