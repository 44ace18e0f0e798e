package com.example.backupingest.monitor.remote;

import java.net.URI;

/** Whether an edge currently receives a followed monitor's events, and how many it decoded so far. */
public record FollowStatus(URI monitor, boolean connected, long eventsReceived) {
}
