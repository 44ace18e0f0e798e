package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.viewer.ViewerSink;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Edge hosts report, about every second, which viewers loaded a playlist and from which client
 * address: each entry goes to the portal's {@link ViewerSink} (the seat ledger). A viewer the ledger
 * has no seat for (all held) is named in the answer (200 {@code {"refused":[...]}}), and the edge host
 * refuses its ticket from then on; nothing refused: 204. Malformed entries are skipped, not the batch:
 * one bad line must not cost the other viewers their seats. Reached only through the monitor chain.
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

    /** The answer: viewers the ledger had no seat for. */
    record Answer(List<Refused> refused) {
    }

    record Refused(String contentId, String edgeId, String viewerId) {
    }

    /** Fields are nullable so that one incomplete entry is skipped instead of failing the batch. */
    record ViewerReport(@Nullable Integer edgeHost, @Nullable List<Seen> seen) {
    }

    /** An edge host of an earlier version reports no address. */
    private static final String UNKNOWN_CLIENT = "unknown";

    private final ViewerSink sink;

    MonitorViewersController(ViewerSink sink) {
        this.sink = sink;
    }

    @PostMapping("/api/monitor/viewers")
    ResponseEntity<Answer> report(@RequestBody ViewerReport report, Principal monitor) {
        List<Seen> seen = report.seen() == null ? List.of() : report.seen();
        int skipped = 0;
        List<Refused> refused = new ArrayList<>();
        for (Seen entry : seen) {
            if (!entry.wellFormed()) {
                skipped++;
            } else if (!sink.seen(entry.accountId(), entry.contentId(), entry.edgeId(), entry.viewerId(),
                    entry.address() == null ? UNKNOWN_CLIENT : entry.address(), entry.at())) {
                refused.add(new Refused(entry.contentId(), entry.edgeId(), entry.viewerId()));
            }
        }
        if (skipped > 0) {
            log.warn("monitor {} (edge host {}) reported {} malformed viewer entries", monitor.getName(),
                    report.edgeHost(), skipped);
        }
        return refused.isEmpty() ? ResponseEntity.noContent().build() : ResponseEntity.ok(new Answer(refused));
    }
}
