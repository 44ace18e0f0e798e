package com.example.backupingest.monitor.remote;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/monitor/viewers}: the playlist loads one edge host saw since its last
 * report, the latest per viewer and edge with the client address its ticket is bound to
 * ({@code edgeHost}: its {@code monitor.viewers.host-index}). {@link Answer}: the portal's 200 answer,
 * the viewers it found no seat for.
 */
record ViewerReport(int edgeHost, List<Seen> seen) {

    record Seen(long accountId, String contentId, String edgeId, String viewerId, String address, Instant at) {
    }

    record Answer(List<Refused> refused) {

        Answer {
            refused = refused == null ? List.of() : List.copyOf(refused);
        }
    }

    record Refused(String contentId, String edgeId, String viewerId) {
    }
}
