package com.example.backupingest.monitor.api.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** How an edge gets its ticket verifier, and the start-up errors an operator sees. */
class TicketVerifierSettingTest {

    private final TicketIssuer portal = TicketIssuer.random(Clock.systemUTC());

    @Test
    void an_edge_host_verifies_with_the_configured_public_key_only() {
        ViewerTickets verifier = TicketVerifierSetting.verifier(properties(TicketKeys.text(portal.publicKey())),
                new MockEnvironment().withProperty("monitor.role", "edge"));

        assertThat(verifier.verify(portal.issue("c1", "edge-1", "v1", TicketKind.VIEWER))).isPresent();
        assertThat(verifier.verify(TicketIssuer.random(Clock.systemUTC()).issue("c1", "edge-1", "v1",
                TicketKind.VIEWER))).isEmpty();
    }

    @Test
    void an_edge_host_without_the_public_key_does_not_start() {
        assertThatIllegalStateException().isThrownBy(() -> TicketVerifierSetting.verifier(properties(null),
                new MockEnvironment().withProperty("monitor.role", "edge")))
                .withMessageContaining("monitor.viewers.ticket-public-key is not set");
    }

    @Test
    void a_private_key_or_garbage_given_as_the_public_key_does_not_start() {
        assertThatIllegalStateException().isThrownBy(() -> TicketVerifierSetting.verifier(
                properties(TicketKeys.text(TicketKeys.generate().getPrivate())), new MockEnvironment()))
                .withMessageContaining("monitor.viewers.ticket-public-key: not an Ed25519 public key");
    }

    @Test
    void the_old_shared_secret_stops_the_start_with_what_to_set_instead() {
        assertThatIllegalStateException().isThrownBy(() -> TicketVerifierSetting.verifier(properties(null),
                new MockEnvironment().withProperty("monitor.viewers.secret", "old-shared-secret-0123456789")))
                .withMessageContaining("monitor.viewers.ticket-public-key on the edge hosts");
    }

    @Test
    void a_standalone_monitor_without_a_key_refuses_every_ticket() {
        ViewerTickets verifier = TicketVerifierSetting.verifier(properties(null), new MockEnvironment());

        assertThat(verifier.verify(portal.issue("c1", "edge-1", "v1", TicketKind.VIEWER))).isEmpty();
    }

    private static ViewerProperties properties(String publicKey) {
        ViewerProperties d = ViewerProperties.defaults(true);
        return new ViewerProperties(publicKey, true, d.releaseAfter(), d.firstLoadGrace(), d.edgePorts(), 1, 1,
                d.previewValidity(), d.reportInterval());
    }
}
