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
        try {
            org.awaitility.Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).atMost(timeout)
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                if (safely(condition)) {
                    return true;
                }
                List<ServiceProcess> dead = mustLive.stream().filter(p -> !p.alive()).toList();
                if (!dead.isEmpty()) {
                    throw new AssertionError("died while waiting for " + what + ": "
                            + dead.stream().map(ServiceProcess::name).toList() + "\n" + logs(dead));
                }
                return false;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("timed out after " + timeout + " waiting for " + what + "\n" + logs(mustLive), e);
        }
    }

    private static String logs(List<ServiceProcess> processes) {
        return processes.stream().map(p -> p.tail(40)).collect(Collectors.joining("\n\n"));
    }

    private static boolean safely(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
