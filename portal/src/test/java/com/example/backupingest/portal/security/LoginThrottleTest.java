package com.example.backupingest.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottleProperties.DEFAULTS, clock);

    private void fail(String user, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, client);
            clock.advance(Duration.ofSeconds(30));
        }
    }

    @Test
    void four_failures_do_not_lock() {
        fail("anna", "10.0.0.1", 4);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void the_fifth_failure_within_fifteen_minutes_locks_the_username_for_five_minutes() {
        fail("anna", "10.0.0.1", 4);
        Instant fifth = clock.instant();
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.lockedUntil("anna", "10.0.0.9")).contains(fifth.plus(Duration.ofMinutes(5)));
        assertThat(throttle.lockedUntil("ANNA ", null)).isPresent();
        assertThat(throttle.lockedUntil("bert", "10.0.0.9")).isEmpty();
    }

    @Test
    void the_lock_ends_after_the_lock_period_and_counting_starts_afresh() {
        fail("anna", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();
        fail("anna", "10.0.0.1", 1);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        fail("anna", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(15));
        fail("anna", "10.0.0.1", 1);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void five_failures_from_one_client_lock_that_client_for_every_username() {
        for (String user : new String[] {"a", "b", "c", "d", "e"}) {
            throttle.failed(user, "203.0.113.5");
        }
        assertThat(throttle.lockedUntil("someone-else", "203.0.113.5")).isPresent();
        assertThat(throttle.lockedUntil("someone-else", "203.0.113.6")).isEmpty();
    }

    @Test
    void a_successful_login_clears_the_username_failures() {
        fail("anna", "10.0.0.1", 4);
        throttle.succeeded("anna");
        fail("anna", "10.0.0.2", 1);
        assertThat(throttle.lockedUntil("anna", "10.0.0.2")).isEmpty();
    }

    @Test
    void minutes_left_are_rounded_up() {
        Instant until = clock.instant().plus(Duration.ofSeconds(4 * 60 + 1));
        assertThat(throttle.minutesUntil(until)).isEqualTo(5);
        clock.advance(Duration.ofSeconds(4 * 60));
        assertThat(throttle.minutesUntil(until)).isEqualTo(1);
    }
}
