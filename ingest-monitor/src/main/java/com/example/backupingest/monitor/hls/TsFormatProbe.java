package com.example.backupingest.monitor.hls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the format of an MPEG-TS segment in Java, so edge hosts need no ffprobe: PAT and PMT name
 * the streams; the H.264 sequence parameter set gives profile, constraint flags and level
 * ({@code avc1.PPCCLL}) and the picture size (exp-Golomb fields, cropping included); the first ADTS
 * header gives the AAC object type ({@code mp4a.40.<aot>}), an MPEG audio header layer 3
 * ({@code mp4a.40.34}). Reads only until both are found (usually the first few packets).
 * Limits: HE-AAC signalled implicitly in ADTS reads as its core ({@code mp4a.40.2}); video other
 * than H.264 (HEVC cannot arrive over nginx-rtmp) gives no format at all.
 */
final class TsFormatProbe {

    private static final int PACKET = 188;
    /** A segment without an SPS in its first megabytes has none we can use. */
    private static final long MAX_BYTES = 8L << 20;
    private static final int MAX_PES = 1 << 20;

    private int pmtPid = -1;
    private int videoPid = -1;
    private int videoType = -1;
    private int audioPid = -1;
    private int audioType = -1;
    private boolean pmtSeen;
    private final ByteArrayOutputStream video = new ByteArrayOutputStream();
    private boolean videoStarted;
    private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private boolean audioStarted;
    private @Nullable Sps sps;
    private @Nullable String audioCodec;
    private boolean audioUnknown;

    private TsFormatProbe() {
    }

    static Optional<SegmentFormat> probe(byte[] segment) {
        try {
            return probe(new java.io.ByteArrayInputStream(segment));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<SegmentFormat> probe(InputStream in) throws IOException {
        return new TsFormatProbe().run(in);
    }

    private Optional<SegmentFormat> run(InputStream in) throws IOException {
        byte[] packet = new byte[PACKET];
        long read = 0;
        while (read < MAX_BYTES && in.readNBytes(packet, 0, PACKET) == PACKET) {
            read += PACKET;
            if ((packet[0] & 0xFF) != 0x47) {
                return Optional.empty(); // not MPEG-TS (or not aligned: ffmpeg's segments always are)
            }
            packet(packet);
            if (done()) {
                break;
            }
        }
        if (sps == null) {
            return Optional.empty();
        }
        String codecs = audioUnknown ? null
                : audioCodec == null ? sps.codec() : sps.codec() + "," + audioCodec;
        return Optional.of(new SegmentFormat(sps.width(), sps.height(), codecs,
                SegmentFormat.playableProfile(sps.profile())));
    }

    private boolean done() {
        boolean audioDone = pmtSeen && (audioPid < 0 || audioCodec != null || audioUnknown);
        return sps != null && audioDone || (pmtSeen && videoType != 0x1B);
    }

    private void packet(byte[] p) {
        boolean unitStart = (p[1] & 0x40) != 0;
        int pid = (p[1] & 0x1F) << 8 | (p[2] & 0xFF);
        int adaptation = (p[3] >> 4) & 0x3;
        int offset = 4;
        if (adaptation == 2 || adaptation == 0) {
            return; // no payload
        }
        if (adaptation == 3) {
            offset += 1 + (p[4] & 0xFF);
        }
        if (offset >= PACKET) {
            return;
        }
        if (pid == 0 && unitStart && pmtPid < 0) {
            pat(p, offset);
        } else if (pid == pmtPid && unitStart && !pmtSeen) {
            pmt(p, offset);
        } else if (pid == videoPid && videoType == 0x1B && sps == null) {
            videoStarted = pes(p, offset, unitStart, video, videoStarted);
            if (videoStarted) {
                sps = findSps(video.toByteArray());
            }
        } else if (pid == audioPid && audioCodec == null && !audioUnknown) {
            audioStarted = pes(p, offset, unitStart, audio, audioStarted);
            if (audioStarted) {
                audioHeader(audio.toByteArray());
            }
        }
    }

    /** Appends a PES packet's payload (the PES header stripped) from its first unit start on. */
    private static boolean pes(byte[] p, int offset, boolean unitStart, ByteArrayOutputStream into, boolean started) {
        if (unitStart) {
            if (PACKET - offset < 9 || p[offset] != 0 || p[offset + 1] != 0 || p[offset + 2] != 1) {
                return started;
            }
            int headerLength = p[offset + 8] & 0xFF;
            int payload = offset + 9 + headerLength;
            if (payload < PACKET) {
                into.write(p, payload, PACKET - payload);
            }
            return true;
        }
        if (started && into.size() < MAX_PES) {
            into.write(p, offset, PACKET - offset);
        }
        return started;
    }

    private void pat(byte[] p, int offset) {
        int section = offset + 1 + (p[offset] & 0xFF); // pointer_field
        if (section + 8 > PACKET || p[section] != 0x00) {
            return;
        }
        int length = (p[section + 1] & 0x0F) << 8 | (p[section + 2] & 0xFF);
        int end = Math.min(PACKET, section + 3 + length - 4); // without the CRC
        for (int i = section + 8; i + 4 <= end; i += 4) {
            int program = (p[i] & 0xFF) << 8 | (p[i + 1] & 0xFF);
            if (program != 0) {
                pmtPid = (p[i + 2] & 0x1F) << 8 | (p[i + 3] & 0xFF);
                return;
            }
        }
    }

    private void pmt(byte[] p, int offset) {
        int section = offset + 1 + (p[offset] & 0xFF);
        if (section + 12 > PACKET || p[section] != 0x02) {
            return;
        }
        int length = (p[section + 1] & 0x0F) << 8 | (p[section + 2] & 0xFF);
        int end = Math.min(PACKET, section + 3 + length - 4);
        int programInfo = (p[section + 10] & 0x0F) << 8 | (p[section + 11] & 0xFF);
        for (int i = section + 12 + programInfo; i + 5 <= end; ) {
            int type = p[i] & 0xFF;
            int pid = (p[i + 1] & 0x1F) << 8 | (p[i + 2] & 0xFF);
            int info = (p[i + 3] & 0x0F) << 8 | (p[i + 4] & 0xFF);
            if (isVideo(type) && videoPid < 0) {
                videoPid = pid;
                videoType = type;
            } else if (isAudio(type) && audioPid < 0) {
                audioPid = pid;
                audioType = type;
            }
            i += 5 + info;
        }
        pmtSeen = true;
    }

    private static boolean isVideo(int type) {
        return type == 0x01 || type == 0x02 || type == 0x10 || type == 0x1B || type == 0x24;
    }

    private static boolean isAudio(int type) {
        return type == 0x03 || type == 0x04 || type == 0x0F || type == 0x11 || type == 0x81 || type == 0x87;
    }

    private void audioHeader(byte[] data) {
        if (data.length < 4) {
            return;
        }
        if ((data[0] & 0xFF) != 0xFF || (data[1] & 0xE0) != 0xE0) {
            audioUnknown = true; // the PES does not start with a frame header: not something we can name
            return;
        }
        if (audioType == 0x0F && (data[1] & 0xF6) == 0xF0) { // ADTS: 12-bit sync, layer 00
            audioCodec = "mp4a.40." + (((data[2] & 0xFF) >> 6) + 1);
        } else if ((audioType == 0x03 || audioType == 0x04) && ((data[1] >> 1) & 0x3) == 0x1) { // MPEG audio layer III
            audioCodec = "mp4a.40.34";
        } else {
            audioUnknown = true;
        }
    }

    /** The first complete SPS NAL unit in an Annex B byte stream, or null if there is none (yet). */
    private static @Nullable Sps findSps(byte[] data) {
        for (int i = 0; i + 3 < data.length; i++) {
            if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1 && (data[i + 3] & 0x1F) == 7) {
                int start = i + 4;
                int end = start;
                while (end + 2 < data.length && !(data[end] == 0 && data[end + 1] == 0 && (data[end + 2] & 0xFF) <= 1)) {
                    end++;
                }
                if (end + 2 >= data.length) {
                    return null; // not complete yet: wait for the next packet
                }
                try {
                    return Sps.parse(unescape(data, start, end));
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Removes emulation prevention bytes (00 00 03 → 00 00). */
    private static byte[] unescape(byte[] data, int from, int to) {
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

    /** The fields of an H.264 SPS (ITU-T H.264 7.3.2.1.1) the master playlist needs. */
    record Sps(int profile, int constraints, int level, int width, int height) {

        String codec() {
            return "avc1." + HexFormat.of().toHexDigits((byte) profile) + HexFormat.of().toHexDigits((byte) constraints)
                    + HexFormat.of().toHexDigits((byte) level);
        }

        static Sps parse(byte[] rbsp) {
            Bits bits = new Bits(rbsp);
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
            return new Sps(profile, constraints, level, width, height);
        }

        private static void skipScalingList(Bits bits, int size) {
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

    /** A big-endian bit reader with exp-Golomb codes. */
    private static final class Bits {
        private final byte[] data;
        private int position;

        Bits(byte[] data) {
            this.data = data;
        }

        int u(int count) {
            int value = 0;
            for (int i = 0; i < count; i++) {
                if (position >= data.length * 8) {
                    throw new IllegalArgumentException("SPS ends early");
                }
                int bit = (data[position >> 3] >> (7 - (position & 7))) & 1;
                value = value << 1 | bit;
                position++;
            }
            return value;
        }

        int ue() {
            int zeros = 0;
            while (u(1) == 0) {
                if (++zeros > 31) {
                    throw new IllegalArgumentException("bad exp-Golomb code");
                }
            }
            return (int) ((1L << zeros) - 1 + (zeros == 0 ? 0 : Integer.toUnsignedLong(u(zeros))));
        }

        int se() {
            int k = ue();
            return (k & 1) == 1 ? (k + 1) / 2 : -(k / 2);
        }
    }
}
