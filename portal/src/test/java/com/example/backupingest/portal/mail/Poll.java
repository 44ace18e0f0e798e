package com.example.backupingest.portal.mail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline (Awaitility), or lets time pass on purpose ({@link #sleep}). */
final class Poll {

    private Poll() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                .pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }

    /** Lets time pass on purpose (e.g. several relay cycles, to prove nothing more happens). */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
