package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.viewer.HostShare;
import com.example.backupingest.portal.monitorlink.MonitorViewersController.Seen;
import com.example.backupingest.portal.streamsetup.PublicContents;
import com.example.backupingest.portal.streamsetup.PublicContents.PublicContent;
import com.example.backupingest.portal.viewers.AssignmentProperties;
import com.example.backupingest.portal.viewers.BroadcastStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an edge host may report: viewers of its own logical edges ({@link HostShare} of
 * {@code portal.viewers.edge-urls}), of contents that exist under the reported account and are live
 * now. Each entry is judged on its own, so the real viewers in a batch keep their seats while the
 * rest is refused and counted by reason. Contents are looked up once per report.
 */
final class ViewerReportScope {

    enum Refusal {
        MALFORMED, NOT_THIS_HOSTS_EDGE, UNKNOWN_CONTENT, NOT_LIVE
    }

    record Judgement(List<Seen> accepted, Map<Refusal, Integer> refused) {

        int refusedCount() {
            return refused.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final PublicContents contents;
    private final BroadcastStatus broadcasts;
    private final int hostCount;

    ViewerReportScope(PublicContents contents, BroadcastStatus broadcasts, AssignmentProperties assignment) {
        this.contents = contents;
        this.broadcasts = broadcasts;
        // no edge URLs: one distribution server (the portal's own edges), as DistributionServers counts them
        this.hostCount = Math.max(1, assignment.edgeUrls().size());
    }

    /** Whether the monitor is an edge host this portal sends players to at all. */
    boolean knownHost(MonitorIdentity monitor) {
        return monitor.hostIndex() >= 1 && monitor.hostIndex() <= hostCount;
    }

    Judgement judge(MonitorIdentity monitor, List<Seen> seen) {
        HostShare share = new HostShare(monitor.hostIndex(), hostCount);
        Map<String, Optional<PublicContent>> known = new HashMap<>();
        Map<String, Boolean> live = new HashMap<>();
        List<Seen> accepted = new ArrayList<>();
        Map<Refusal, Integer> refused = new EnumMap<>(Refusal.class);
        for (Seen entry : seen) {
            Refusal refusal = refusal(entry, share, known, live);
            if (refusal == null) {
                accepted.add(entry);
            } else {
                refused.merge(refusal, 1, Integer::sum);
            }
        }
        return new Judgement(List.copyOf(accepted), Map.copyOf(refused));
    }

    private Refusal refusal(Seen entry, HostShare share, Map<String, Optional<PublicContent>> known,
            Map<String, Boolean> live) {
        if (!entry.wellFormed()) {
            return Refusal.MALFORMED;
        }
        if (!share.serves(entry.edgeId())) {
            return Refusal.NOT_THIS_HOSTS_EDGE;
        }
        Optional<PublicContent> content = known.computeIfAbsent(entry.contentId(), contents::find);
        if (content.isEmpty() || content.get().accountId() != entry.accountId()) {
            return Refusal.UNKNOWN_CONTENT;
        }
        boolean onAir = live.computeIfAbsent(entry.contentId(),
                id -> broadcasts.state(id) == BroadcastStatus.State.LIVE);
        return onAir ? null : Refusal.NOT_LIVE;
    }
}
