package com.example.backupingest.portal.deploy;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Polls a condition; fails early with the logs when a service process died meanwhile. */
final class Wait {

    private Wait() {
    }

    static void until(String what, Duration timeout, List<ServiceProcess> mustLive, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (safely(condition)) {
                return;
            }
            List<ServiceProcess> dead = mustLive.stream().filter(p -> !p.alive()).toList();
            if (!dead.isEmpty() || System.nanoTime() > deadline) {
                String logs = (dead.isEmpty() ? mustLive : dead).stream().map(p -> p.tail(40))
                        .collect(Collectors.joining("\n\n"));
                throw new AssertionError((dead.isEmpty() ? "timed out after " + timeout + " waiting for " + what
                        : "died while waiting for " + what + ": " + dead.stream().map(ServiceProcess::name).toList())
                        + "\n" + logs);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    private static boolean safely(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
