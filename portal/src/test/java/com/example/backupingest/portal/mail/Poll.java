package com.example.backupingest.portal.mail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline (no Awaitility on the test classpath). */
final class Poll {

    private Poll() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
