package com.example.backupingest.monitor.api.process;

import java.time.Duration;

/** Waiting in a watch loop: an interrupt ends the wait early and stays set for the loop to see. */
public final class Pause {

    private Pause() {
    }

    public static void quietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
