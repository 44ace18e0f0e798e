package com.example.backupingest.monitor.hls;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an H.264 sequence parameter set (ITU-T H.264 7.3.2.1.1) the master playlist needs:
 * profile, constraint flags and level ({@code avc1.PPCCLL}) and the picture size (cropping included).
 */
record H264Sps(int profile, int constraints, int level, int width, int height) {

    String codec() {
        return "avc1." + HexFormat.of().toHexDigits((byte) profile) + HexFormat.of().toHexDigits((byte) constraints)
                + HexFormat.of().toHexDigits((byte) level);
    }

    /** The first complete SPS NAL unit in an Annex B byte stream, or null if there is none (yet) or it is broken. */
    static @Nullable H264Sps find(byte[] annexB) {
        for (int i = 0; i + 3 < annexB.length; i++) {
            if (annexB[i] == 0 && annexB[i + 1] == 0 && annexB[i + 2] == 1 && (annexB[i + 3] & 0x1F) == 7) {
                int start = i + 4;
                int end = start;
                while (end + 2 < annexB.length
                        && !(annexB[end] == 0 && annexB[end + 1] == 0 && (annexB[end + 2] & 0xFF) <= 1)) {
                    end++;
                }
                if (end + 2 >= annexB.length) {
                    return null; // not complete yet: wait for the next packet
                }
                try {
                    return parse(unescape(annexB, start, end));
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Removes emulation prevention bytes (00 00 03 → 00 00). */
    static byte[] unescape(byte[] data, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int zeros = 0;
        for (int i = from; i < to; i++) {
            int b = data[i] & 0xFF;
            if (zeros >= 2 && b == 3) {
                zeros = 0;
                continue;
            }
            zeros = b == 0 ? zeros + 1 : 0;
            out.write(b);
        }
        return out.toByteArray();
    }

    /**
     * Parses an SPS's RBSP (after the NAL header byte, emulation prevention removed).
     *
     * @throws IllegalArgumentException when it ends early or gives no picture
     */
    static H264Sps parse(byte[] rbsp) {
        BitReader bits = new BitReader(rbsp);
        int profile = bits.u(8);
        int constraints = bits.u(8);
        int level = bits.u(8);
        bits.ue(); // seq_parameter_set_id
        int chromaFormat = 1;
        boolean separateColourPlanes = false;
        if (switch (profile) {
            case 100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135 -> true;
            default -> false;
        }) {
            chromaFormat = bits.ue();
            if (chromaFormat == 3) {
                separateColourPlanes = bits.u(1) == 1;
            }
            bits.ue(); // bit_depth_luma_minus8
            bits.ue(); // bit_depth_chroma_minus8
            bits.u(1); // qpprime_y_zero_transform_bypass_flag
            if (bits.u(1) == 1) { // seq_scaling_matrix_present_flag
                for (int i = 0; i < (chromaFormat != 3 ? 8 : 12); i++) {
                    if (bits.u(1) == 1) {
                        skipScalingList(bits, i < 6 ? 16 : 64);
                    }
                }
            }
        }
        bits.ue(); // log2_max_frame_num_minus4
        int pocType = bits.ue();
        if (pocType == 0) {
            bits.ue(); // log2_max_pic_order_cnt_lsb_minus4
        } else if (pocType == 1) {
            bits.u(1); // delta_pic_order_always_zero_flag
            bits.se(); // offset_for_non_ref_pic
            bits.se(); // offset_for_top_to_bottom_field
            int cycle = bits.ue();
            for (int i = 0; i < cycle; i++) {
                bits.se();
            }
        }
        bits.ue(); // max_num_ref_frames
        bits.u(1); // gaps_in_frame_num_value_allowed_flag
        int widthInMbs = bits.ue() + 1;
        int heightInMapUnits = bits.ue() + 1;
        int frameMbsOnly = bits.u(1);
        if (frameMbsOnly == 0) {
            bits.u(1); // mb_adaptive_frame_field_flag
        }
        bits.u(1); // direct_8x8_inference_flag
        int left = 0;
        int right = 0;
        int top = 0;
        int bottom = 0;
        if (bits.u(1) == 1) { // frame_cropping_flag
            left = bits.ue();
            right = bits.ue();
            top = bits.ue();
            bottom = bits.ue();
        }
        int chromaArrayType = separateColourPlanes ? 0 : chromaFormat;
        int cropX;
        int cropY;
        if (chromaArrayType == 0) {
            cropX = 1;
            cropY = 2 - frameMbsOnly;
        } else {
            int subWidth = chromaFormat == 3 ? 1 : 2;
            int subHeight = chromaFormat == 1 ? 2 : 1;
            cropX = subWidth;
            cropY = subHeight * (2 - frameMbsOnly);
        }
        int width = widthInMbs * 16 - cropX * (left + right);
        int height = (2 - frameMbsOnly) * heightInMapUnits * 16 - cropY * (top + bottom);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad SPS picture size " + width + "x" + height);
        }
        return new H264Sps(profile, constraints, level, width, height);
    }

    private static void skipScalingList(BitReader bits, int size) {
        int last = 8;
        int next = 8;
        for (int j = 0; j < size; j++) {
            if (next != 0) {
                next = (last + bits.se() + 256) % 256;
            }
            last = next == 0 ? last : next;
        }
    }
}
