package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final AlertRateLimiter limiter = new AlertRateLimiter(clock, Duration.ofMinutes(10));

    @Test
    void first_alert_of_an_incident_goes_out_and_the_rest_of_the_window_stays_quiet() {
        assertThat(limiter.tryAcquire("content-a")).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire("content-a")).isFalse();
        clock.advance(Duration.ofMinutes(9).plusSeconds(54));
        assertThat(limiter.tryAcquire("content-a")).as("9:59 after the first").isFalse();
    }

    @Test
    void a_flapping_encoder_gets_one_mail_per_window_not_one_per_flap() {
        int granted = 0;
        for (int flap = 0; flap < 60; flap++) { // one flap every 30 s for 30 minutes
            if (limiter.tryAcquire("content-a")) {
                granted++;
            }
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(granted).isEqualTo(3);
    }

    @Test
    void the_window_reopens_after_the_minimum_interval() {
        assertThat(limiter.tryAcquire("content-a")).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.tryAcquire("content-a")).isTrue();
    }

    @Test
    void contents_have_their_own_windows() {
        assertThat(limiter.tryAcquire("content-a")).isTrue();
        assertThat(limiter.tryAcquire("content-b")).isTrue();
        assertThat(limiter.tryAcquire("content-a")).isFalse();
    }
}
