package com.example.backupingest.monitor.hls;

import java.io.ByteArrayOutputStream;

/** Writes bits and exp-Golomb codes, to build parameter sets for the readers' tests. */
final class Bits {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int filled;

    Bits u(int count, int value) {
        for (int i = count - 1; i >= 0; i--) {
            bit((value >> i) & 1);
        }
        return this;
    }

    Bits ue(int value) {
        long code = value + 1L;
        int length = 64 - Long.numberOfLeadingZeros(code);
        for (int i = 1; i < length; i++) {
            bit(0);
        }
        for (int i = length - 1; i >= 0; i--) {
            bit((int) (code >> i) & 1);
        }
        return this;
    }

    Bits se(int value) {
        return ue(value > 0 ? 2 * value - 1 : -2 * value);
    }

    /** The rbsp_stop_one_bit and zero bits up to the byte boundary. */
    byte[] rbsp() {
        bit(1);
        while (filled != 0) {
            bit(0);
        }
        return out.toByteArray();
    }

    private void bit(int bit) {
        current = current << 1 | bit;
        if (++filled == 8) {
            out.write(current);
            current = 0;
            filled = 0;
        }
    }
}
