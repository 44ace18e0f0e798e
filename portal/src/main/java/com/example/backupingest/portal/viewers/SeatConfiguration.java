package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.viewer.ViewerProperties;
import com.example.backupingest.monitor.viewer.ViewerTickets;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tickets and seats, also without an in-process pipeline ({@code monitor.enabled=false}). The seat
 * ledger is the portal's {@link com.example.backupingest.monitor.viewer.ViewerSink}: in-process
 * edges report to it directly, edge hosts through {@code /api/monitor/viewers}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ViewerProperties.class, AssignmentProperties.class})
class SeatConfiguration {

    /**
     * The one ticket issuer. User configuration is processed before the monitor's auto-configuration,
     * so this bean exists first and the in-process edges' own {@code @ConditionalOnMissingBean}
     * issuer backs off: issuer and edges share it (and its random secret in the embedded default).
     * With edge hosts the secret must be the one they verify with.
     */
    @Bean
    @ConditionalOnMissingBean
    ViewerTickets viewerTickets(ViewerProperties viewers, AssignmentProperties assignment,
            ObjectProvider<Clock> clock) {
        return TicketSecret.tickets(viewers.secret(), !assignment.edgeUrls().isEmpty(),
                clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    SeatLedger seatLedger(ViewerProperties viewers, ObjectProvider<Clock> clock) {
        return new SeatLedger(viewers.firstLoadGrace(), viewers.releaseAfter(), clock.getIfUnique(Clock::systemUTC));
    }
}
