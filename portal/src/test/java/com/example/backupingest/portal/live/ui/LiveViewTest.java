package com.example.backupingest.portal.live.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.example.backupingest.monitor.Entrypoint;
import com.example.backupingest.portal.base.ViewTestSupport;
import com.example.backupingest.portal.security.WithPortalUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Live page in the shared view-test context (demo profile, MOCK web environment: the pipeline is
 * configured but never started, so nothing publishes).
 */
@WithPortalUser
class LiveViewTest extends ViewTestSupport {

    @Autowired StreamSetupService setup;

    @BeforeEach
    void twoContents() {
        when(setup.contents()).thenReturn(List.of(content("c1", "Main stage"), content("c2", "Hall B")));
        when(bookings().active()).thenReturn(Optional.empty());
    }

    @Test
    void without_a_pipeline_both_cards_are_idle_and_the_page_says_what_to_configure() {
        navigate("live", LiveView.class);

        List<EntrypointCard> cards = find(EntrypointCard.class).all();
        assertThat(cards).extracting(c -> c.getElement().getAttribute("data-state")).containsExactly("IDLE", "IDLE");
        assertThat(cards.getFirst().getElement().getTextRecursively())
                .contains("Primary entrypoint (A)", "IDLE", "No data from this entrypoint yet.");
        // the test profile runs no media pipeline (the demo profile does): the page says what to set
        assertThat(find(LiveNotices.class).single().getElement().getTextRecursively())
                .contains("monitor.enabled=true", "portal.live.remote-monitors");
        assertThat(find(Button.class).withText("Start demo encoders").exists()).as("demo profile only").isFalse();
        // a preview ticket: edges serve only ticketed URLs, and the preview holds no viewer seat
        assertThat(find(PreviewPlayer.class).single().getElement().getAttribute("src"))
                .matches("/edge/c1/edge-1/v/[A-Za-z0-9_-]+~[A-Za-z0-9_-]+/master.m3u8");
    }

    @Test
    void a_content_id_of_another_account_in_the_url_shows_the_own_first_content() {
        navigate("live/someone-elses", LiveView.class);

        assertThat(find(PreviewPlayer.class).single().getElement().getAttribute("src"))
                .startsWith("/edge/c1/edge-1/v/");
    }

    @Test
    void the_content_in_the_url_is_the_one_shown_and_the_selector_offers_the_others() {
        navigate("live/c2", LiveView.class);

        assertThat(find(PreviewPlayer.class).single().getElement().getAttribute("src"))
                .startsWith("/edge/c2/edge-1/v/");
        assertThat(find(ContentSelector.class).single().getValue().name()).isEqualTo("Hall B");
    }

    @Test
    void the_edges_panel_lists_viewers_per_distribution_server_and_the_accounts_total_against_its_seats() {
        navigate("live", LiveView.class);
        EdgesPanel panel = find(EdgesPanel.class).single();

        panel.show(List.of(new com.example.backupingest.portal.live.EdgeSource("edge-1", Entrypoint.BACKUP,
                java.time.Instant.EPOCH)), new com.example.backupingest.portal.live.ViewersNow(
                java.util.Map.of("edge-2", 12, "edge-1", 1), 2_500, 2_500));

        var rows = panel.getChildren().flatMap(c -> c.getChildren())
                .filter(c -> c.getClassNames().contains("live-edge-row")).toList();
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-edge")).containsExactly("edge-1", "edge-2");
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-viewers")).containsExactly("1", "12");
        assertThat(rows.get(1).getElement().getTextRecursively()).contains("edge-2", "12 viewers");
        var total = panel.getChildren().filter(c -> c.getClassNames().contains("live-viewers-total")).findFirst()
                .orElseThrow();
        assertThat(total.getElement().getText()).isEqualTo(
                "Viewers now: 13 on this content; 2,500 of 2,500 seats taken in your account");
        assertThat(total.getElement().getAttribute("data-full")).isEqualTo("true");
    }

    private com.example.backupingest.portal.booking.BookingService bookings() {
        return bookingService;
    }

    @Autowired com.example.backupingest.portal.booking.BookingService bookingService;

    private static ContentSetup content(String id, String name) {
        return new ContentSetup(id, name, List.of(new IngestEndpoint(Entrypoint.PRIMARY, "rtmp://a/live", "••••1234"),
                new IngestEndpoint(Entrypoint.BACKUP, "rtmp://b/live", "••••5678")));
    }

    @Test
    void a_holding_edge_says_both_entrypoints_down_only_when_no_entrypoint_receives() {
        navigate("live", LiveView.class);
        EdgesPanel panel = find(EdgesPanel.class).single();
        var holding = List.of(new com.example.backupingest.portal.live.EdgeSource("edge-1", null, java.time.Instant.EPOCH));

        panel.entrypointsReceiving(true); // the cards show DEGRADED: encoders connected, segments late
        panel.show(holding, com.example.backupingest.portal.live.ViewersNow.NONE);
        assertThat(panel.getElement().getTextRecursively()).contains("holding (waiting for a steady entrypoint)")
                .doesNotContain("down");

        panel.entrypointsReceiving(false);
        panel.show(holding, com.example.backupingest.portal.live.ViewersNow.NONE);
        assertThat(panel.getElement().getTextRecursively()).contains("holding (both entrypoints down)");
    }

    @Test
    void an_encoder_sending_444_gets_a_notice_with_the_obs_settings_to_change() {
        navigate("live", LiveView.class);
        LiveNotices notices = find(LiveNotices.class).single();

        notices.showUnplayable(List.of(health(Entrypoint.PRIMARY, "High 4:4:4 Predictive"),
                health(Entrypoint.BACKUP, "High")));

        assertThat(notices.getElement().getTextRecursively())
                .contains("Encoder A: H.264 High 4:4:4 Predictive", "480p and 360p", "NV12", "Profile high")
                .doesNotContain("Encoder B");
    }

    private static com.example.backupingest.monitor.health.EntrypointHealth health(Entrypoint entrypoint,
            String profile) {
        return new com.example.backupingest.monitor.health.EntrypointHealth("c1", entrypoint,
                com.example.backupingest.monitor.health.HealthState.LIVE, "Publishing; segments are flowing", true,
                2000L, 25.0, 1280, 720, "H264", profile, "AAC", "LC", true, java.time.Duration.ofSeconds(2),
                java.util.Map.of(), java.time.Duration.ofSeconds(1), java.time.Instant.EPOCH);
    }

    @Test
    void a_database_refusing_writes_is_named_on_the_page_with_the_unsaved_timeline_entries() {
        navigate("live", LiveView.class);
        LiveNotices notices = find(LiveNotices.class).single();

        notices.showDatabase(3);
        assertThat(notices.getElement().getTextRecursively())
                .contains("does not take writes", "3 failover timeline entries are not saved yet");

        notices.showDatabase(-1);
        assertThat(notices.getElement().getTextRecursively()).doesNotContain("does not take writes");
    }
}
