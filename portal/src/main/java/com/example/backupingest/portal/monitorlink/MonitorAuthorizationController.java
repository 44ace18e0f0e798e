package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.PublishGrant;
import com.example.backupingest.monitor.StreamKeyDirectory;
import com.example.backupingest.monitor.StreamKeys;
import com.example.backupingest.monitor.remote.AuthorizeRequest;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's {@link StreamKeyDirectory} for monitors on other hosts: 200 with the grant, 403 for
 * a key that may not publish there. Reached only through {@link MonitorLinkSecurityConfiguration}.
 */
@RestController
class MonitorAuthorizationController {

    private static final Logger log = LoggerFactory.getLogger(MonitorAuthorizationController.class);

    private final StreamKeyDirectory directory;

    MonitorAuthorizationController(StreamKeyDirectory directory) {
        this.directory = directory;
    }

    @PostMapping("/api/monitor/authorize")
    ResponseEntity<PublishGrant> authorize(@RequestBody AuthorizeRequest request, Principal monitor) {
        if (request.entrypoint() == null || request.streamKey() == null) {
            return ResponseEntity.badRequest().build();
        }
        var grant = directory.authorize(request.entrypoint(), request.streamKey());
        log.info("monitor {} asked for key {} on {}: {}", monitor.getName(), StreamKeys.mask(request.streamKey()),
                request.entrypoint(), grant.map(g -> "granted for content " + g.contentId()).orElse("refused"));
        return grant.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.status(403).build());
    }
}
