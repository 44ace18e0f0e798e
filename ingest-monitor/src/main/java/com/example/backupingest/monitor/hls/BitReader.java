package com.example.backupingest.monitor.hls;

/** A big-endian bit reader with exp-Golomb codes (ITU-T H.264 9.1), as H.264 parameter sets need it. */
final class BitReader {

    private final byte[] data;
    private int position;

    BitReader(byte[] data) {
        this.data = data;
    }

    /** The next {@code count} bits as an unsigned number, most significant first. */
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

    /** An unsigned exp-Golomb code, ue(v). */
    int ue() {
        int zeros = 0;
        while (u(1) == 0) {
            if (++zeros > 31) {
                throw new IllegalArgumentException("bad exp-Golomb code");
            }
        }
        return (int) ((1L << zeros) - 1 + (zeros == 0 ? 0 : Integer.toUnsignedLong(u(zeros))));
    }

    /** A signed exp-Golomb code, se(v): 1, -1, 2, -2, ... */
    int se() {
        int k = ue();
        return (k & 1) == 1 ? (k + 1) / 2 : -(k / 2);
    }
}
