package com.example.backupingest.monitor.api.process;

import java.time.Duration;

/** Waiting as a seam, so back-off can be tested without waiting. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
