package com.example.backupingest.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void delay_doubles_from_the_initial_value_per_failed_attempt() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void delay_is_capped_at_the_maximum_also_after_very_many_attempts() {
        assertThat(backoff.after(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(63)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }
}
