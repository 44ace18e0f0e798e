package com.example.backupingest.portal.monitorlink;

import com.example.backupingest.monitor.api.KeyRevoker;
import com.example.backupingest.portal.streamsetup.PublicContents;
import com.example.backupingest.portal.viewers.AssignmentProperties;
import com.example.backupingest.portal.viewers.BroadcastStatus;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the monitor endpoints need besides security: the edge hosts' scope and the revocation stream. */
@Configuration(proxyBeanMethods = false)
class MonitorLinkConfiguration {

    /** Ingest hosts treat three missed beats as a dead connection (RevocationFollowing.SILENCE). */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    @Bean
    ViewerReportScope viewerReportScope(PublicContents contents, BroadcastStatus broadcasts,
            AssignmentProperties assignment) {
        return new ViewerReportScope(contents, broadcasts, assignment);
    }

    @Bean(destroyMethod = "close")
    KeyRevocationStream keyRevocationStream() {
        return new KeyRevocationStream(HEARTBEAT);
    }

    @Bean
    KeyRevocationRelay keyRevocationRelay(KeyRevocationStream stream, ObjectProvider<KeyRevoker> local) {
        return new KeyRevocationRelay(stream, local.getIfAvailable());
    }
}
