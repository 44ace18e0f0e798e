package com.example.backupingest.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a pinned clock; the attacks over HTTP are in LoginThrottleHttpTest. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottleProperties.DEFAULTS, clock);

    private void fail(String user, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, client);
        }
    }

    @Test
    void four_failures_do_not_stop_the_account_from_that_address() {
        fail("anna", "10.0.0.1", 4);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void the_fifth_failure_stops_that_account_from_that_address_only() {
        fail("anna", "10.0.0.1", 5);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isPresent();
        assertThat(throttle.lockedUntil("ANNA ", "10.0.0.1")).as("the same account, spelled differently").isPresent();
        assertThat(throttle.lockedUntil("anna", "10.0.0.9")).as("the owner elsewhere").isEmpty();
        assertThat(throttle.lockedUntil("bert", "10.0.0.1")).as("another account from there").isEmpty();
    }

    @Test
    void past_the_limit_one_more_attempt_opens_every_window_divided_by_the_limit() {
        fail("anna", "10.0.0.1", 5);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).contains(clock.instant().plus(Duration.ofMinutes(3)));
        clock.advance(Duration.ofMinutes(3));
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();
        fail("anna", "10.0.0.1", 1);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isPresent();
    }

    @Test
    void after_the_whole_window_the_full_allowance_is_back() {
        fail("anna", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(15));
        fail("anna", "10.0.0.1", 4);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void twenty_failures_from_one_address_over_many_accounts_stop_that_address() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user-" + i, "203.0.113.5");
        }
        assertThat(throttle.lockedUntil("someone-else", "203.0.113.5")).isPresent();
        assertThat(throttle.lockedUntil("someone-else", "203.0.113.6")).isEmpty();
    }

    @Test
    void a_successful_login_forgives_the_accounts_failures_from_that_address() {
        fail("anna", "10.0.0.1", 4);
        throttle.succeeded("anna", "10.0.0.1");
        fail("anna", "10.0.0.1", 4);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_flood_of_invented_accounts_does_not_keep_their_buckets_forever() {
        for (int i = 0; i < 10_050; i++) {
            throttle.failed("invented-" + i, "198.51.100." + (i % 250));
            if (i == 10_000) {
                clock.advance(Duration.ofMinutes(15)); // the early buckets are full again
            }
        }
        assertThat(throttle.heldKeys()).as("buckets held after the sweep").isLessThan(1_000);
    }

    @Test
    void minutes_left_are_rounded_up() {
        Instant until = clock.instant().plus(Duration.ofSeconds(4 * 60 + 1));
        assertThat(throttle.minutesUntil(until)).isEqualTo(5);
        clock.advance(Duration.ofSeconds(4 * 60));
        assertThat(throttle.minutesUntil(until)).isEqualTo(1);
    }
}
