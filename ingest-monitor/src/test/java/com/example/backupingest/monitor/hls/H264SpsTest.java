package com.example.backupingest.monitor.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The SPS parser on parameter sets written field by field (the real-encoder cases: TsFormatProbeTest). */
class H264SpsTest {

    /** Baseline (66), constraint set 0+1, level 3.0, 20x12 macroblocks cropped by 6 chroma rows to 320x180. */
    static byte[] baseline320x180() {
        return new Bits().u(8, 66).u(8, 0xC0).u(8, 30).ue(0) // profile, constraints, level, sps id
                .ue(0).ue(2) // log2_max_frame_num_minus4, pic_order_cnt_type 2
                .ue(1).u(1, 0) // max_num_ref_frames, gaps
                .ue(19).ue(11).u(1, 1).u(1, 1) // 20 x 12 macroblocks, frame_mbs_only, direct_8x8
                .u(1, 1).ue(0).ue(0).ue(0).ue(6) // cropping: bottom 6 (x2 lines in 4:2:0)
                .u(1, 0).rbsp(); // no VUI
    }

    @Test
    void reads_profile_constraints_level_and_the_cropped_picture_size_of_a_baseline_sps() {
        H264Sps sps = H264Sps.parse(baseline320x180());

        assertThat(sps).isEqualTo(new H264Sps(66, 0xC0, 30, 320, 180));
        assertThat(sps.codec()).isEqualTo("avc1.42c01e");
    }

    @Test
    void a_high_profile_sps_with_chroma_format_scaling_lists_and_poc_type_1_is_read_past_them() {
        Bits bits = new Bits().u(8, 100).u(8, 0).u(8, 31).ue(0)
                .ue(1).ue(0).ue(0).u(1, 0) // chroma 4:2:0, 8 bit, no bypass
                .u(1, 1); // scaling matrix present: list 0 with deltas, the other 7 absent
        bits.u(1, 1).se(-8); // first delta makes next 0: the rest of list 0 repeats the last scale
        for (int i = 1; i < 8; i++) {
            bits.u(1, 0);
        }
        byte[] rbsp = bits.ue(0).ue(1) // log2_max_frame_num_minus4, pic_order_cnt_type 1
                .u(1, 0).se(-3).se(2).ue(2).se(1).se(-1) // two offsets for ref frames
                .ue(4).u(1, 0)
                .ue(79).ue(44).u(1, 1).u(1, 1) // 80 x 45 macroblocks: 1280x720 uncropped
                .u(1, 0).u(1, 0).rbsp();

        H264Sps sps = H264Sps.parse(rbsp);

        assertThat(sps).isEqualTo(new H264Sps(100, 0, 31, 1280, 720));
        assertThat(sps.codec()).isEqualTo("avc1.64001f");
    }

    @Test
    void an_interlaced_sps_counts_map_units_as_field_pairs() {
        byte[] rbsp = new Bits().u(8, 77).u(8, 0x40).u(8, 30).ue(0).ue(0).ue(2).ue(1).u(1, 0)
                .ue(44).ue(17).u(1, 0).u(1, 1).u(1, 1) // 45 x 18 map units, field pairs, mb_adaptive
                .u(1, 1).ue(0).ue(0).ue(0).ue(0).u(1, 0).rbsp();

        assertThat(H264Sps.parse(rbsp)).isEqualTo(new H264Sps(77, 0x40, 30, 720, 576));
    }

    @Test
    void a_truncated_sps_or_one_cropped_to_nothing_is_refused() {
        byte[] full = baseline320x180();
        assertThatThrownBy(() -> H264Sps.parse(java.util.Arrays.copyOf(full, 5)))
                .isInstanceOf(IllegalArgumentException.class);

        byte[] croppedAway = new Bits().u(8, 66).u(8, 0).u(8, 30).ue(0).ue(0).ue(2).ue(1).u(1, 0)
                .ue(0).ue(0).u(1, 1).u(1, 1).u(1, 1).ue(8).ue(0).ue(0).ue(0).u(1, 0).rbsp();
        assertThatThrownBy(() -> H264Sps.parse(croppedAway)).hasMessageContaining("picture size");
    }

    @Test
    void finds_the_sps_among_other_nal_units_and_removes_emulation_prevention_bytes() {
        ByteArrayOutputStream annexB = new ByteArrayOutputStream();
        annexB.writeBytes(new byte[] {0, 0, 0, 1, 0x09, (byte) 0xF0}); // access unit delimiter
        annexB.writeBytes(new byte[] {0, 0, 0, 1, 0x67});
        annexB.writeBytes(escape(baseline320x180()));
        annexB.writeBytes(new byte[] {0, 0, 0, 1, 0x68, (byte) 0xCE, 0x3C, (byte) 0x80}); // PPS

        assertThat(H264Sps.find(annexB.toByteArray())).isEqualTo(new H264Sps(66, 0xC0, 30, 320, 180));
    }

    @Test
    void an_sps_not_yet_followed_by_the_next_start_code_is_not_read_yet() {
        ByteArrayOutputStream annexB = new ByteArrayOutputStream();
        annexB.writeBytes(new byte[] {0, 0, 1, 0x67});
        annexB.writeBytes(baseline320x180());

        assertThat(H264Sps.find(annexB.toByteArray())).isNull();
        assertThat(H264Sps.find(new byte[] {0, 0, 1, 0x68, 1, 2, 3, 0, 0, 1})).isNull();
    }

    @Test
    void unescaping_drops_the_03_after_two_zero_bytes_only() {
        byte[] escaped = {0x11, 0, 0, 3, 1, 0, 3, 0, 0, 3, 0, 0, 3};

        assertThat(H264Sps.unescape(escaped, 0, escaped.length)).containsExactly(0x11, 0, 0, 1, 0, 3, 0, 0, 0, 0);
    }

    /** Inserts emulation prevention bytes as an encoder does (00 00 0x with x <= 3 becomes 00 00 03 0x). */
    private static byte[] escape(byte[] rbsp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int zeros = 0;
        for (byte b : rbsp) {
            if (zeros >= 2 && (b & 0xFF) <= 3) {
                out.write(3);
                zeros = 0;
            }
            out.write(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }
        return out.toByteArray();
    }
}
