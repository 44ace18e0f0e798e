package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.viewer.ViewerSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Edge hosts report, about every second, which viewers loaded a playlist and from which client
 * address: each entry in the host's scope ({@link ViewerReportScope}) goes to the portal's
 * {@link ViewerSink} (the seat ledger). A report from a secret that is no edge host's, or one claiming
 * another host, is refused whole (403). Within a host's report, entries outside its scope (another
 * host's edge, an unknown content, one not on air, malformed) are not counted, and the answer is 403
 * with the counts, logged: a correct edge host sends none (but the moment a broadcast ends). A viewer
 * the ledger has no seat for (all held) is named in the answer ({@code "refused":[...]}), and the edge
 * host refuses its ticket from then on. Nothing refused: 204. Reached only through the monitor chain.
 */
@RestController
class MonitorViewersController {

    private static final Logger log = LoggerFactory.getLogger(MonitorViewersController.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern EDGE_ID = Pattern.compile("edge-[1-9]\\d{0,3}");
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    record Seen(@Nullable Long accountId, @Nullable String contentId, @Nullable String edgeId, @Nullable String viewerId,
            @Nullable String address, @Nullable Instant at) {

        boolean wellFormed() {
            return accountId != null && accountId > 0 && contentId != null && ID.matcher(contentId).matches() && edgeId != null
                    && EDGE_ID.matcher(edgeId).matches() && viewerId != null && ID.matcher(viewerId).matches()
                    && (address == null || ADDRESS.matcher(address).matches()) && at != null;
        }
    }

    /** Fields are nullable so that one incomplete entry is refused instead of failing the batch. */
    record ViewerReport(@Nullable Integer edgeHost, @Nullable List<Seen> seen) {
    }

    /**
     * The answer: viewers the ledger had no seat for, how many entries were counted, and the entries
     * refused as outside the host's scope, by reason.
     */
    record Answer(List<Refused> refused, int accepted, Map<ViewerReportScope.Refusal, Integer> outOfScope) {
    }

    record Refused(String contentId, String edgeId, String viewerId) {
    }

    /** An edge host of an earlier version reports no address. */
    private static final String UNKNOWN_CLIENT = "unknown";

    private final ViewerSink sink;
    private final ViewerReportScope scope;

    MonitorViewersController(ViewerSink sink, ViewerReportScope scope) {
        this.sink = sink;
        this.scope = scope;
    }

    @PostMapping(MonitorPaths.PORTAL_VIEWERS)
    ResponseEntity<?> report(@RequestBody ViewerReport report, @AuthenticationPrincipal MonitorIdentity monitor) {
        List<Seen> seen = report.seen() == null ? List.of() : report.seen();
        if (monitor.ingestHost() || !scope.knownHost(monitor)
                || report.edgeHost() != null && report.edgeHost() != monitor.hostIndex()) {
            log.warn("monitor {} may not report viewers{}: refused {} entries", monitor,
                    report.edgeHost() == null ? "" : " as edge host " + report.edgeHost(), seen.size());
            return ResponseEntity.status(403).build();
        }
        ViewerReportScope.Judgement judgement = scope.judge(monitor, seen);
        List<Refused> refused = new ArrayList<>();
        for (Seen entry : judgement.accepted()) {
            if (!sink.seen(entry.accountId(), entry.contentId(), entry.edgeId(), entry.viewerId(),
                    entry.address() == null ? UNKNOWN_CLIENT : entry.address(), entry.at())) {
                refused.add(new Refused(entry.contentId(), entry.edgeId(), entry.viewerId()));
            }
        }
        if (judgement.refusedCount() == 0) {
            return refused.isEmpty() ? ResponseEntity.noContent().build()
                    : ResponseEntity.ok(new Answer(refused, judgement.accepted().size(), Map.of()));
        }
        log.warn("monitor {} reported viewers outside its scope: {} refused {}, {} accepted", monitor,
                judgement.refusedCount(), judgement.refused(), judgement.accepted().size());
        return ResponseEntity.status(403).body(new Answer(refused, judgement.accepted().size(), judgement.refused()));
    }
}
