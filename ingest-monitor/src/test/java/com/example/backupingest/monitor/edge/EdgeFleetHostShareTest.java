package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.api.EdgeStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.testing.FreePort;
import com.example.backupingest.monitor.api.viewer.HostShare;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An edge host that is one of several distribution servers runs only its own logical edges. */
class EdgeFleetHostShareTest {

    private final MonitorEventBus bus = new MonitorEventBus();
    private final URI nobody = URI.create("http://127.0.0.1:" + FreePort.next() + "/");
    private final EdgeFleet fleet = EdgeFleet.create(EdgeProperties.DEFAULTS, new OriginEndpoints(nobody, nobody), bus,
            Clock.systemUTC());

    @AfterEach
    void close() throws Exception {
        fleet.close();
    }

    @Test
    void host_two_of_two_creates_and_serves_the_even_edges_under_their_own_ids() {
        fleet.serveOnly(new HostShare(2, 2));

        bus.publish(new PublishStarted(7, "c1", Entrypoint.PRIMARY, 4, Instant.now()));

        assertThat(fleet.edgeIds("c1")).containsExactly("edge-2", "edge-4");
        assertThat(fleet.statuses()).extracting(EdgeStatus::edgeId).containsExactly("edge-2", "edge-4");
        assertThat(fleet.mediaPlaylist("c1", "edge-2", Rendition.P480)).isPresent();
        assertThat(fleet.mediaPlaylist("c1", "edge-1", Rendition.P480)).isEmpty();
    }

    @Test
    void a_host_outside_a_small_contents_edges_runs_none_of_them() {
        fleet.serveOnly(new HostShare(2, 2));

        bus.publish(new PublishStarted(7, "c1", Entrypoint.PRIMARY, 1, Instant.now()));

        assertThat(fleet.edgeIds("c1")).isEmpty();
        assertThat(fleet.statuses()).isEmpty();
    }

    @Test
    void a_single_host_runs_every_edge() {
        bus.publish(new PublishStarted(7, "c1", Entrypoint.PRIMARY, 3, Instant.now()));

        assertThat(fleet.share()).isEqualTo(HostShare.ALL);
        assertThat(fleet.edgeIds("c1")).containsExactly("edge-1", "edge-2", "edge-3");
    }

    @Test
    void the_share_cannot_change_once_edges_exist() {
        bus.publish(new PublishStarted(7, "c1", Entrypoint.PRIMARY, 2, Instant.now()));

        assertThatThrownBy(() -> fleet.serveOnly(new HostShare(1, 2))).isInstanceOf(IllegalStateException.class);
    }
}
