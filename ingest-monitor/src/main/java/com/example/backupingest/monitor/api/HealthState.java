package com.example.backupingest.monitor.api;

/** LIVE: publishing and segments flowing; DEGRADED: flowing with a problem; DOWN: broken during a broadcast; IDLE: nobody publishes. */
public enum HealthState {
    LIVE, DEGRADED, DOWN, IDLE
}
