package com.example.backupingest.monitor.srt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrtLibraryTest {

    @Test
    void debian_libsrt_loads() {
        assertThat(SrtLibrary.load(List.of("libsrt-gnutls.so.1.5"))).hasValueSatisfying(SrtLibrary::release);
    }
}
