package com.example.backupingest.monitor.api;

import java.time.Instant;

/** Every monitor event names its content and when it happened. */
public sealed interface MonitorEvent
        permits PublishStarted, PublishEnded, PublishRefused, FailoverHappened, HealthChanged, SignalChanged {

    String contentId();

    Instant at();
}
