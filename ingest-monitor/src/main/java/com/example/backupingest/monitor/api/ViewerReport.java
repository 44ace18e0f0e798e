package com.example.backupingest.monitor.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api/monitor/viewers}: the playlist loads one edge host saw since its last
 * report, the latest per viewer and edge with the client address its ticket is bound to
 * ({@code edgeHost}: its {@code monitor.viewers.host-index}). {@link Answer}: the portal's answer
 * (200, or 403 when some entries were outside this host's scope), the viewers it found no seat for.
 */
public record ViewerReport(int edgeHost, List<Seen> seen) {

    public record Seen(long accountId, String contentId, String edgeId, String viewerId, String address, Instant at) {
    }

    /** The portal also sends counts (accepted, out of scope) that only its log needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(List<Refused> refused) {

        public Answer {
            refused = refused == null ? List.of() : List.copyOf(refused);
        }
    }

    public record Refused(String contentId, String edgeId, String viewerId) {
    }
}
