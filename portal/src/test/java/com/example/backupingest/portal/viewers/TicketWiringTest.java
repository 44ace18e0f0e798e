package com.example.backupingest.portal.viewers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.app.IngestMonitorAutoConfiguration;
import com.example.backupingest.monitor.app.MonitorCommonAutoConfiguration;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.TicketKeys;
import com.example.backupingest.monitor.api.viewer.ViewerTickets;
import java.security.KeyPair;
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
            .withConfiguration(AutoConfigurations.of(MonitorCommonAutoConfiguration.class, IngestMonitorAutoConfiguration.class));

    @Test
    void with_in_process_edges_issuer_and_edges_share_one_key_pair_and_edges_report_to_the_ledger() {
        runner.withPropertyValues("monitor.enabled=true", "monitor.fail-fast=false", "monitor.work-dir=" + workDir)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ViewerTickets.class)
                            .hasSingleBean(TicketIssuer.class).hasSingleBean(ViewerGate.class);
                    String ticket = context.getBean(TicketIssuer.class)
                            .issue("c-1", "edge-2", "viewer-0001", TicketKind.VIEWER);

                    assertThat(context.getBean(ViewerGate.class).admitPlaylist(ticket, "c-1", "edge-2", 7, "192.0.2.1"))
                            .isTrue();
                    SeatLedger ledger = context.getBean(SeatLedger.class);
                    assertThat(ledger.perEdge("c-1")).containsEntry("edge-2", 1);
                    assertThat(ledger.ofAccount(7)).isEqualTo(1);
                });
    }

    @Test
    void with_edge_hosts_the_portal_signs_with_the_configured_private_key_and_its_public_half_verifies() {
        KeyPair pair = TicketKeys.generate();
        runner.withPropertyValues("portal.viewers.ticket-private-key=" + TicketKeys.text(pair.getPrivate()),
                "portal.viewers.edge-urls=http://edge-1.example:8091").run(context -> {
                    assertThat(context).hasSingleBean(TicketIssuer.class).doesNotHaveBean(ViewerGate.class);
                    String ticket = context.getBean(TicketIssuer.class)
                            .issue("c-1", "edge-1", "viewer-0001", TicketKind.VIEWER);

                    assertThat(new ViewerTickets(pair.getPublic()).verify(ticket)).isPresent();
                    assertThat(new ViewerTickets(TicketKeys.generate().getPublic()).verify(ticket))
                            .as("another key's public half").isEmpty();
                });
    }

    @Test
    void a_pem_private_key_from_openssl_works_as_well() {
        KeyPair pair = TicketKeys.generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + TicketKeys.text(pair.getPrivate()) + "\n-----END PRIVATE KEY-----\n";
        runner.withPropertyValues("portal.viewers.ticket-private-key=" + pem).run(context -> {
            String ticket = context.getBean(TicketIssuer.class).issue("c-1", "edge-1", "v-1", TicketKind.PREVIEW);
            assertThat(new ViewerTickets(pair.getPublic()).verify(ticket)).isPresent();
        });
    }

    @Test
    void edge_hosts_without_a_ticket_key_stop_the_start_with_a_clear_message() {
        runner.withPropertyValues("portal.viewers.edge-urls=http://edge-1.example:8091").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(
                    "portal.viewers.edge-urls lists distribution servers, but portal.viewers.ticket-private-key is not set");
        });
    }

    @Test
    void a_key_that_is_no_ed25519_private_key_or_the_old_shared_secret_stops_the_start() {
        runner.withPropertyValues("portal.viewers.ticket-private-key=bm90LWEta2V5").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "portal.viewers.ticket-private-key: not an Ed25519 private key");
        });
        runner.withPropertyValues("monitor.viewers.secret=the-old-shared-ticket-secret").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "monitor.viewers.secret is no longer used");
        });
    }
}
