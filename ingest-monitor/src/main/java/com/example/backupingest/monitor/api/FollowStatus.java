package com.example.backupingest.monitor.api;

import java.net.URI;

/** Whether an edge is subscribed to a followed monitor's events (it answered, the stream is open) and how many it decoded. */
public record FollowStatus(URI monitor, boolean connected, long eventsReceived) {
}
