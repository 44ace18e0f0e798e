package com.example.backupingest.monitor.api;


import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrtPassphrasesTest {

    @Test
    void a_key_has_one_passphrase_of_32_url_safe_characters_that_is_not_the_key() {
        String key = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6";
        assertThat(SrtPassphrases.of(key)).hasSize(32).matches("[A-Za-z0-9_-]{32}").isEqualTo(SrtPassphrases.of(key))
                .doesNotContain(key.substring(0, 8));
    }

    @Test
    void a_regenerated_key_has_another_passphrase() {
        assertThat(SrtPassphrases.of("q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6"))
                .isNotEqualTo(SrtPassphrases.of("q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h7"));
    }
}
