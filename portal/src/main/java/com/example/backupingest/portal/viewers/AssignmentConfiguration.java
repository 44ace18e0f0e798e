package com.example.backupingest.portal.viewers;

import com.example.backupingest.monitor.api.viewer.LocalEdgeHosts;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.portal.account.AccountDirectory;
import com.example.backupingest.portal.account.DistributionProperties;
import com.example.backupingest.portal.streamsetup.PublicContents;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assignment endpoint's service: where distribution servers are, which edge a viewer gets. */
@Configuration(proxyBeanMethods = false)
class AssignmentConfiguration {

    /** In-process edge hosts: their connectors know the ports Tomcat picked for a configured 0. */
    @Bean
    DistributionServers distributionServers(AssignmentProperties assignment, ViewerProperties viewers,
            ObjectProvider<LocalEdgeHosts> connectors) {
        LocalEdgeHosts hosts = connectors.getIfAvailable();
        return hosts == null ? DistributionServers.of(assignment.edgeUrls(), viewers.edgePorts())
                : new DistributionServers(assignment.edgeUrls(), hosts.hostCount(), hosts::port);
    }

    @Bean
    AssignmentService assignmentService(PublicContents contents, AccountDirectory accounts,
            DistributionProperties distribution, BroadcastStatus broadcasts, SeatLedger ledger,
            DistributionServers servers, TicketIssuer tickets, ViewerProperties viewers,
            ApplicationEventPublisher events, Clock clock) {
        return new AssignmentService(contents, accounts, distribution.rule(), broadcasts, ledger,
                new StickyEdges(clock), servers, tickets, viewers.firstLoadGrace(), events, clock);
    }

    @Bean
    AssignmentLimiter assignmentLimiter(AssignmentProperties assignment) {
        return new AssignmentLimiter(assignment.perClient());
    }
}
