package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.PublishGrant;
import com.example.backupingest.monitor.api.SrtAccess;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.api.StreamKeys;
import com.example.backupingest.monitor.api.AuthorizeRequest;
import com.example.backupingest.monitor.api.SrtAccessRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's {@link StreamKeyDirectory} for monitors on other hosts: 200 with the grant, 403 for
 * a key that may not publish there, and 403 (logged) for a monitor asking about an entrypoint that is
 * not its own: ingest-a's secret opens primary keys only, ingest-b's backup keys only, an edge host's
 * none. Reached only through {@link MonitorLinkSecurityConfiguration}.
 */
@RestController
class MonitorAuthorizationController {

    private static final Logger log = LoggerFactory.getLogger(MonitorAuthorizationController.class);

    private final StreamKeyDirectory directory;

    MonitorAuthorizationController(StreamKeyDirectory directory) {
        this.directory = directory;
    }

    @PostMapping(MonitorPaths.PORTAL_AUTHORIZE)
    ResponseEntity<PublishGrant> authorize(@RequestBody AuthorizeRequest request,
            @AuthenticationPrincipal MonitorIdentity monitor) {
        if (request.entrypoint() == null || request.streamKey() == null) {
            return ResponseEntity.badRequest().build();
        }
        if (request.entrypoint() != monitor.entrypoint()) {
            log.warn("monitor {} may not authorize {} keys: refused key {}", monitor, request.entrypoint(),
                    StreamKeys.mask(request.streamKey()));
            return ResponseEntity.status(403).build();
        }
        var grant = directory.authorize(request.entrypoint(), request.streamKey());
        log.info("monitor {} asked for key {} on {}: {}", monitor, StreamKeys.mask(request.streamKey()),
                request.entrypoint(), grant.map(g -> "granted for content " + g.contentId()).orElse("refused"));
        return grant.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.status(403).build());
    }

    /**
     * An SRT caller on the monitor's entrypoint names a content: its grant and SRT passphrase (derived from
     * the current key, never the key itself), for the monitor's own entrypoint only.
     */
    @PostMapping(MonitorPaths.PORTAL_SRT_ACCESS)
    ResponseEntity<SrtAccess> srtAccess(@RequestBody SrtAccessRequest request,
            @AuthenticationPrincipal MonitorIdentity monitor) {
        if (request.entrypoint() == null || request.contentId() == null) {
            return ResponseEntity.badRequest().build();
        }
        if (request.entrypoint() != monitor.entrypoint()) {
            log.warn("monitor {} may not ask for {} SRT passphrases: refused content {}", monitor, request.entrypoint(),
                    request.contentId());
            return ResponseEntity.status(403).build();
        }
        var access = directory.srtAccess(request.entrypoint(), request.contentId());
        log.info("monitor {} asked for the SRT passphrase of {} on {}: {}", monitor, request.contentId(),
                request.entrypoint(), access.isPresent() ? "given" : "refused");
        return access.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.status(403).build());
    }
}
