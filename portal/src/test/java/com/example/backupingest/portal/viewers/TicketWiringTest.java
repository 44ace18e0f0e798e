package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.app.IngestMonitorAutoConfiguration;
import com.example.backupingest.monitor.viewer.TicketKind;
import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.viewer.ViewerTickets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The ticket issuer with and without in-process edges (no web server here: nothing is started). */
class TicketWiringTest {

    @TempDir Path workDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SeatConfiguration.class)
            .withConfiguration(AutoConfigurations.of(IngestMonitorAutoConfiguration.class));

    @Test
    void with_in_process_edges_issuer_and_edges_share_one_ticket_secret_and_edges_report_to_the_ledger() {
        runner.withPropertyValues("monitor.enabled=true", "monitor.fail-fast=false", "monitor.work-dir=" + workDir)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ViewerTickets.class)
                            .hasSingleBean(ViewerGate.class);
                    String ticket = context.getBean(ViewerTickets.class)
                            .issue("c-1", "edge-2", "viewer-0001", TicketKind.VIEWER);

                    assertThat(context.getBean(ViewerGate.class).admitPlaylist(ticket, "c-1", "edge-2", 7)).isTrue();
                    SeatLedger ledger = context.getBean(SeatLedger.class);
                    assertThat(ledger.perEdge("c-1")).containsEntry("edge-2", 1);
                    assertThat(ledger.ofAccount(7)).isEqualTo(1);
                });
    }

    @Test
    void without_in_process_edges_the_portal_issues_tickets_the_edge_hosts_verify_with_the_shared_secret() {
        runner.withPropertyValues("monitor.viewers.secret=the-shared-ticket-secret",
                "portal.viewers.edge-urls=http://edge-1.example:8091").run(context -> {
                    assertThat(context).hasSingleBean(ViewerTickets.class).doesNotHaveBean(ViewerGate.class);
                    String ticket = context.getBean(ViewerTickets.class)
                            .issue("c-1", "edge-1", "viewer-0001", TicketKind.VIEWER);

                    assertThat(ViewerTickets.ofSecret("the-shared-ticket-secret", java.time.Clock.systemUTC())
                            .verify(ticket)).isPresent();
                });
    }

    @Test
    void edge_hosts_without_a_ticket_secret_stop_the_start_with_a_clear_message() {
        runner.withPropertyValues("portal.viewers.edge-urls=http://edge-1.example:8091").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(
                    "portal.viewers.edge-urls lists distribution servers, but monitor.viewers.secret is not set");
        });
    }

    @Test
    void a_ticket_secret_shorter_than_16_characters_stops_the_start() {
        runner.withPropertyValues("monitor.viewers.secret=short").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseMessage("a ticket secret needs at least 16 bytes");
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "monitor.viewers.secret needs at least 16 characters");
        });
    }
}
