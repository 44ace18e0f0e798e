package com.example.backupingest.monitor.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BitReaderTest {

    @Test
    void reads_fixed_width_fields_most_significant_bit_first_across_byte_boundaries() {
        BitReader bits = new BitReader(new byte[] {(byte) 0b1010_0110, (byte) 0b1100_0001});

        assertThat(bits.u(3)).isEqualTo(0b101);
        assertThat(bits.u(8)).isEqualTo(0b0011_0110);
        assertThat(bits.u(5)).isEqualTo(0b0_0001);
    }

    @Test
    void reads_unsigned_exp_golomb_codes() {
        // 1 | 010 | 011 | 00100 -> 0, 1, 2, 3
        BitReader bits = new BitReader(new byte[] {(byte) 0b1010_0110, (byte) 0b0100_0000});

        assertThat(bits.ue()).isZero();
        assertThat(bits.ue()).isEqualTo(1);
        assertThat(bits.ue()).isEqualTo(2);
        assertThat(bits.ue()).isEqualTo(3);
        BitReader longer = new BitReader(new Bits().ue(7).ue(300).ue(65_535).rbsp());
        assertThat(longer.ue()).isEqualTo(7);
        assertThat(longer.ue()).isEqualTo(300);
        assertThat(longer.ue()).isEqualTo(65_535);
    }

    @Test
    void reads_signed_exp_golomb_codes_alternating_positive_and_negative() {
        BitReader bits = new BitReader(new byte[] {(byte) 0b0100_1110, (byte) 0b0100_0000});

        assertThat(bits.se()).isEqualTo(1); // 010
        assertThat(bits.se()).isEqualTo(-1); // 011
        assertThat(bits.se()).isZero(); // 1
        assertThat(bits.se()).isEqualTo(2); // 00100
    }

    @Test
    void reading_past_the_end_or_a_code_longer_than_32_bits_fails() {
        BitReader shortData = new BitReader(new byte[] {0x01});
        shortData.u(8);
        assertThatThrownBy(() -> shortData.u(1)).isInstanceOf(IllegalArgumentException.class);

        assertThatThrownBy(() -> new BitReader(new byte[8]).ue()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exp-Golomb");
    }
}
