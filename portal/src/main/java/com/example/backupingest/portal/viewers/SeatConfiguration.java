package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.ViewerTickets;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Tickets and seats, also without an in-process pipeline ({@code monitor.enabled=false}). The seat
 * ledger is the portal's {@link com.example.backupingest.monitor.api.viewer.ViewerSink}: in-process
 * edges report to it directly, edge hosts through {@code /api/monitor/viewers}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ViewerProperties.class, AssignmentProperties.class})
class SeatConfiguration {

    /** The one ticket issuer: the configured private key, or (in-process edges only) a pair of its own. */
    @Bean
    TicketIssuer ticketIssuer(AssignmentProperties assignment, Environment environment, Clock clock) {
        return TicketKeySetting.issuer(assignment.ticketPrivateKey(), !assignment.edgeUrls().isEmpty(), environment,
                clock);
    }

    /**
     * The issuer's public half for in-process edges. User configuration is processed before the
     * monitor's auto-configuration, so this bean exists first and the edges' own
     * {@code @ConditionalOnMissingBean} verifier backs off.
     */
    @Bean
    @ConditionalOnMissingBean
    ViewerTickets viewerTickets(TicketIssuer issuer) {
        return issuer.verifier();
    }

    @Bean
    SeatLedger seatLedger(ViewerProperties viewers, Clock clock) {
        return new SeatLedger(viewers.firstLoadGrace(), viewers.releaseAfter(), clock);
    }
}
