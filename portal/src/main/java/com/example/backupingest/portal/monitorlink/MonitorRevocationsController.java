package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.KeyRevocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The ingest hosts follow which content's keys were revoked (server-sent events, no keys in them), so
 * they drop a revoked key's encoder at once. An edge host's secret gets 403: it publishes nothing.
 */
@RestController
class MonitorRevocationsController {

    private static final Logger log = LoggerFactory.getLogger(MonitorRevocationsController.class);

    private final KeyRevocationStream stream;

    MonitorRevocationsController(KeyRevocationStream stream) {
        this.stream = stream;
    }

    @GetMapping(path = KeyRevocation.PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> revocations(@AuthenticationPrincipal MonitorIdentity monitor) {
        if (!monitor.ingestHost()) {
            log.warn("monitor {} may not follow key revocations", monitor);
            return ResponseEntity.status(403).build();
        }
        return ResponseEntity.ok(stream.subscribe(monitor));
    }
}
