package com.example.backupingest.monitor.remote;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/monitor/viewers}: the playlist loads one edge host saw since its last
 * report, the latest per viewer and edge ({@code edgeHost}: its {@code monitor.viewers.host-index}).
 */
record ViewerReport(int edgeHost, List<Seen> seen) {

    record Seen(long accountId, String contentId, String edgeId, String viewerId, Instant at) {
    }
}
