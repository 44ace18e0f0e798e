package com.example.backupingest.portal.live.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.RevocationReason;
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
    @Autowired com.example.backupingest.portal.live.DatabaseWrites databaseWrites;
    @Autowired com.example.backupingest.portal.live.FailoverTimeline timeline;

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
                .contains("Ingest server A (primary)", "IDLE", "No data from this ingest server yet.");
        // the test profile runs no media pipeline (the demo profile does): the page says what to set
        assertThat(find(LiveNotices.class).single().getElement().getTextRecursively())
                .contains("monitor.enabled=true", "portal.live.remote-monitors");
        assertThat(find(Button.class).withText("Start demo encoders").exists()).as("demo profile only").isFalse();
        // nothing publishes: the preview says so and asks the edge for nothing
        PreviewPlayer preview = find(PreviewPlayer.class).single();
        assertThat(preview.getElement().hasAttribute("src")).isFalse();
        assertThat(preview.getElement().getAttribute("message"))
                .isEqualTo("Not live yet. The preview starts as soon as an encoder sends to an ingest server.");
        // once an edge serves, it plays with a preview ticket: edges serve only ticketed URLs, and the
        // preview holds no viewer seat
        preview.show(PreviewPlayer.State.PLAYING);
        assertThat(preview.getElement().getAttribute("src"))
                .matches("/edge/c1/edge-1/v/[A-Za-z0-9_-]+~[A-Za-z0-9_-]+/master.m3u8");
        assertThat(preview.getElement().hasAttribute("message")).isFalse();
    }

    @Test
    void a_content_named_like_markup_shows_as_literal_text_in_the_content_selector() {
        String markup = "\"><img src=x onerror=alert(1)>";
        when(setup.contents()).thenReturn(List.of(content("c1", markup), content("c2", "Hall B")));

        navigate("live", LiveView.class);

        com.vaadin.flow.dom.Element selector = find(ContentSelector.class).single().getElement();
        assertThat(elements(selector)).as("the name as the text of its item")
                .anyMatch(e -> e.getTag().equals("vaadin-select-item") && e.getText().equals(markup));
        assertThat(elements(selector)).as("no element made of the name").noneMatch(e -> e.getTag().equals("img")
                || e.hasAttribute("onerror") || String.valueOf(e.getProperty("innerHTML")).contains("<img"));
    }

    private static java.util.stream.Stream<com.vaadin.flow.dom.Element> elements(com.vaadin.flow.dom.Element root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().filter(child -> !child.isTextNode()).flatMap(LiveViewTest::elements));
    }

    @Test
    void a_publisher_dropped_for_a_revoked_key_says_why_in_english_and_german() {
        navigate("live", LiveView.class);
        EntrypointCards cards = find(EntrypointCards.class).single();
        cards.apply(new com.example.backupingest.portal.live.LiveSnapshot("c1", java.util.Map.of(), java.util.Map.of(),
                List.of(), List.of()));

        cards.publishEnded(new com.example.backupingest.monitor.api.PublishEnded(1, "c1", Entrypoint.PRIMARY,
                java.time.Instant.now(), RevocationReason.KEY_REGENERATED.endReason()));
        assertThat(primaryCard().getElement().getTextRecursively())
                .contains("Disconnected: the stream key was regenerated");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        cards.healthChanged(new com.example.backupingest.monitor.api.EntrypointHealth("c1", Entrypoint.PRIMARY,
                com.example.backupingest.monitor.api.HealthState.IDLE, RevocationReason.BOOKING_ENDED.healthReason(),
                false, null, null, null, null, null, null, null, null, false, null, java.util.Map.of(), null, null));
        assertThat(primaryCard().getElement().getTextRecursively())
                .contains("Getrennt: Die Buchung ist beendet");
    }

    /** Issue 16, acceptance 5 on the page: each issue with its severity and fix, per card and between A and B, en and de. */
    @Test
    void encoder_issues_show_with_severity_and_fix_on_each_card_and_between_a_and_b_in_english_and_german() {
        try {
            issuesIn(java.util.Locale.ENGLISH);
            issuesIn(java.util.Locale.GERMAN);
        } finally {
            // the session keeps the locale for the next test's UI
            com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.ENGLISH);
            com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        }
    }

    private void issuesIn(java.util.Locale locale) {
        {
            com.vaadin.flow.component.UI.getCurrent().setLocale(locale);
            navigate("live", LiveView.class);
            EntrypointCards cards = find(EntrypointCards.class).single();
            cards.healthChanged(encoder(Entrypoint.PRIMARY, 300L, 2, 32000, true, 8));
            cards.healthChanged(encoder(Entrypoint.BACKUP, 1200L, 1, 48000, false, 2));

            String a = primaryCard().getElement().getTextRecursively();
            String between = find(IssueList.class).all().stream()
                    .filter(l -> "issues-between".equals(l.getElement().getAttribute("data-testid")))
                    .findFirst().orElseThrow().getElement().getTextRecursively();
            if (locale == java.util.Locale.ENGLISH) {
                assertThat(a).contains("Status: Bad", "Error", "Keyframe interval too long: 8 s (at most 4 s).",
                        "Keyframe Interval = 2", "Video bitrate too low: 300 kbit/s, recommended 3000–6000 kbit/s for 1080p25.",
                        "Audio sample rate 32000 Hz", "The picture is interlaced.", "Deinterlacing");
                assertThat(between).contains("Video bitrates differ by more than 25 %: A 300 kbit/s, B 1200 kbit/s.",
                        "Different number of audio channels: A 2, B 1.", "Send stereo from both encoders");
            } else {
                assertThat(a).contains("Status: Schlecht", "Fehler", "Keyframe-Intervall zu lang: 8 s",
                        "Keyframeintervall = 2", "Video-Bitrate zu niedrig: 300 kbit/s", "Audio-Abtastrate 32000 Hz",
                        "Warnung", "Das Bild ist interlaced");
                assertThat(between).contains("Video-Bitraten weichen um mehr als 25 % ab",
                        "Unterschiedliche Anzahl Audiokanäle: A 2, B 1.");
            }
        }
    }

    /** A publishing 1080p25 encoder as the monitor reports it, with the monitor's own health checks applied. */
    private static com.example.backupingest.monitor.api.EntrypointHealth encoder(Entrypoint entrypoint, long videoKbps,
            int channels, int sampleRate, boolean interlaced, int keyframeSeconds) {
        java.time.Instant now = java.time.Instant.now();
        var details = new com.example.backupingest.monitor.api.StreamDetails(videoKbps, 128L, channels, sampleRate,
                interlaced, java.time.Duration.ZERO, List.of(), com.example.backupingest.monitor.api.ContentChecks.DEFAULT);
        var health = new com.example.backupingest.monitor.api.EntrypointHealth("c1", entrypoint,
                com.example.backupingest.monitor.api.HealthState.LIVE, "Publishing; segments are flowing", true,
                videoKbps + 128, 25.0, 1920, 1080, "H264", "High", "AAC", "LC", true,
                java.time.Duration.ofSeconds(keyframeSeconds), java.util.Map.of(), java.time.Duration.ofSeconds(1),
                now.minusSeconds(120), details, null, List.of());
        return health.withIssues(com.example.backupingest.monitor.api.HealthIssues.standard().of(health, now));
    }

    @Test
    void a_card_names_how_the_encoder_sends_the_srt_link_figures_and_a_line_slower_than_real_time_in_english_and_german() {
        navigate("live", LiveView.class);
        var srt = new com.example.backupingest.monitor.api.SrtLink(61.4, 6389, 131, 159, 3, 1.3, 2000);
        var starved = new com.example.backupingest.monitor.api.EntrypointHealth("c1", Entrypoint.PRIMARY,
                com.example.backupingest.monitor.api.HealthState.DEGRADED,
                com.example.backupingest.monitor.health.HealthRules.STARVED, true, 600L, 25.0, 640, 360, "H264",
                "High", "AAC", "LC", true, java.time.Duration.ofSeconds(2), java.util.Map.of(),
                java.time.Duration.ofSeconds(3), java.time.Instant.now(),
                com.example.backupingest.monitor.api.StreamDetails.NONE, null, List.of(),
                com.example.backupingest.monitor.api.IngestProtocol.SRT, srt, 0.62);

        EntrypointCard english = new EntrypointCard(Entrypoint.PRIMARY, java.time.Clock.systemUTC());
        english.show(java.util.Optional.of(starved), List.of());
        assertThat(english.getElement().getTextRecursively())
                .contains("Ingestion is slower than real time", "SRT (encrypted)", "0.62×", "Round trip", "61 ms",
                        "Packets lost", "131 (2.0 %)", "Sent again", "159", "Too late (dropped)", "3 (0.0 %)", "2,000 ms");
        assertThat(link(english).isVisible()).isTrue();

        // over RTMPS: the protocol, no SRT figures
        english.show(java.util.Optional.of(new com.example.backupingest.monitor.api.EntrypointHealth("c1",
                Entrypoint.PRIMARY, com.example.backupingest.monitor.api.HealthState.LIVE,
                "Publishing; segments are flowing", true, 3000L, 25.0, 1280, 720, "H264", "High", "AAC", "LC", true,
                java.time.Duration.ofSeconds(2), java.util.Map.of(), java.time.Duration.ofSeconds(1),
                java.time.Instant.now(), com.example.backupingest.monitor.api.StreamDetails.NONE, null, List.of(),
                com.example.backupingest.monitor.api.IngestProtocol.RTMPS, null, 1.0)), List.of());
        assertThat(english.getElement().getTextRecursively()).contains("RTMPS (encrypted)");
        assertThat(link(english).isVisible()).isFalse();

        // a German reader's card
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        EntrypointCard german = new EntrypointCard(Entrypoint.PRIMARY, java.time.Clock.systemUTC());
        german.show(java.util.Optional.of(starved), List.of());
        assertThat(german.getElement().getTextRecursively())
                .contains("Die Aufnahme ist langsamer als Echtzeit", "SRT (verschlüsselt)", "Laufzeit hin und zurück",
                        "Pakete verloren", "131 (2,0 %)", "Zu spät (verworfen)", "0,62×");
    }

    private static com.vaadin.flow.component.Component link(EntrypointCard card) {
        return card.getChildren().filter(c -> c.getElement().getClassList().contains("live-srt-link")).findFirst()
                .orElseThrow();
    }

    private EntrypointCard primaryCard() {
        return find(EntrypointCard.class).all().stream().filter(c -> c.entrypoint() == Entrypoint.PRIMARY).findFirst()
                .orElseThrow();
    }

    @Test
    void a_content_id_of_another_account_in_the_url_shows_the_own_first_content() {
        navigate("live/someone-elses", LiveView.class);

        PreviewPlayer preview = find(PreviewPlayer.class).single();
        preview.show(PreviewPlayer.State.PLAYING);
        assertThat(preview.getElement().getAttribute("src")).startsWith("/edge/c1/edge-1/v/");
    }

    @Test
    void the_content_in_the_url_is_the_one_shown_and_the_selector_offers_the_others() {
        navigate("live/c2", LiveView.class);

        PreviewPlayer preview = find(PreviewPlayer.class).single();
        preview.show(PreviewPlayer.State.PLAYING);
        assertThat(preview.getElement().getAttribute("src")).startsWith("/edge/c2/edge-1/v/");
        assertThat(find(ContentSelector.class).single().getValue().name()).isEqualTo("Hall B");
    }

    @Test
    void the_edges_panel_lists_viewers_per_distribution_server_and_the_accounts_total_against_its_seats() {
        navigate("live", LiveView.class);
        EdgesPanel panel = find(EdgesPanel.class).single();

        panel.show(List.of(new com.example.backupingest.portal.live.EdgeSource("edge-1", Entrypoint.BACKUP,
                java.time.Instant.EPOCH)), new com.example.backupingest.portal.live.ViewersNow(
                java.util.Map.of("edge-2", 12, "edge-1", 1), 2_500, 2_500), true);

        var rows = panel.getChildren().flatMap(c -> c.getChildren())
                .filter(c -> c.getClassNames().contains("live-edge-row")).toList();
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-edge")).containsExactly("edge-1", "edge-2");
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-viewers")).containsExactly("1", "12");
        assertThat(rows.get(0).getElement().getTextRecursively()).contains("Distribution server 1", "ingest server B");
        assertThat(rows.get(1).getElement().getTextRecursively()).contains("Distribution server 2", "12 viewers")
                .as("an edge without a source during a broadcast holds the last picture").contains("holding");
        var total = panel.getChildren().filter(c -> c.getClassNames().contains("live-viewers-total")).findFirst()
                .orElseThrow();
        assertThat(total.getElement().getText()).isEqualTo(
                "Viewers now: 13 on this content; 2,500 of 2,500 seats taken in your account");
        assertThat(total.getElement().getAttribute("data-full")).isEqualTo("true");

        panel.show(List.of(new com.example.backupingest.portal.live.EdgeSource("edge-1", null, java.time.Instant.EPOCH)),
                com.example.backupingest.portal.live.ViewersNow.NONE, false);
        assertThat(panel.getElement().getTextRecursively()).as("no encoder sends: nothing to hold")
                .contains("waiting for a broadcast").doesNotContain("holding");
    }

    @Test
    void two_contents_of_the_same_name_are_told_apart_by_their_id() {
        when(setup.contents()).thenReturn(List.of(content("c1", "Main stage"), content("c2", "Main stage")));
        navigate("live/c2", LiveView.class);

        ContentSelector selector = find(ContentSelector.class).single();
        assertThat(selector.getItemLabelGenerator().apply(selector.getValue())).isEqualTo("Main stage (ID c2)");
    }

    @Test
    void a_support_agent_acting_for_the_customer_reads_why_there_are_no_demo_encoders_instead_of_a_button() {
        navigate("live", LiveView.class);
        var live = org.mockito.Mockito.mock(com.example.backupingest.portal.live.LiveService.class);
        when(live.supportActing()).thenReturn(true);
        when(live.drillsSupported()).thenReturn(true);

        LiveActions actions = new LiveActions("c1", live,
                org.mockito.Mockito.mock(com.example.backupingest.portal.live.AlertSettings.class),
                org.mockito.Mockito.mock(com.example.backupingest.portal.live.DemoEncoders.class),
                new com.example.backupingest.portal.live.DemoEncoderProperties(java.time.Duration.ofSeconds(3),
                        java.time.Duration.ofMinutes(30)), LiveView.ZONE);

        assertThat(actions.getElement().getTextRecursively())
                .contains("Only the customer can start demo encoders: they use the real stream keys.");
        assertThat(actions.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()))
                .containsExactly("Failover drill");
    }

    @Test
    void the_page_says_until_when_demo_encoders_send_and_that_they_stopped_after_the_limit() {
        navigate("live", LiveView.class);
        var live = org.mockito.Mockito.mock(com.example.backupingest.portal.live.LiveService.class);
        var demo = org.mockito.Mockito.mock(com.example.backupingest.portal.live.DemoEncoders.class);
        var status = new java.util.concurrent.atomic.AtomicReference<>(new com.example.backupingest.portal.live
                .DemoEncoders.Status(true, java.time.Instant.parse("2026-12-01T18:30:00Z"), false));
        when(demo.status("c1")).thenReturn(status::get);

        LiveActions actions = new LiveActions("c1", live,
                org.mockito.Mockito.mock(com.example.backupingest.portal.live.AlertSettings.class), demo,
                new com.example.backupingest.portal.live.DemoEncoderProperties(java.time.Duration.ofSeconds(3),
                        java.time.Duration.ofMinutes(30)), LiveView.ZONE);
        assertThat(actions.getElement().getTextRecursively())
                .contains("Demo encoders send until 19:30, then stop by themselves after 30 minutes.");

        status.set(new com.example.backupingest.portal.live.DemoEncoders.Status(false, null, true));
        actions.refresh();
        assertThat(actions.getElement().getTextRecursively()).contains(
                "The demo encoders stopped by themselves after 30 minutes. Start them again to continue.");
    }

    @Test
    void a_client_address_holding_an_unusual_share_of_the_seats_is_named_above_the_edges() {
        navigate("live", LiveView.class);
        EdgesPanel panel = find(EdgesPanel.class).single();
        var crowded = panel.getChildren().filter(c -> c.getClassNames().contains("live-viewers-crowded")).findFirst()
                .orElseThrow();
        assertThat(crowded.isVisible()).as("nobody crowds at first").isFalse();

        panel.show(List.of(), new com.example.backupingest.portal.live.ViewersNow(java.util.Map.of("edge-1", 130), 130,
                500, java.util.Map.of("203.0.113.9", 120, "2001:db8:1:2:0:0:0:0/64", 101)), true);

        assertThat(crowded.isVisible()).isTrue();
        assertThat(crowded.getElement().getAttribute("role")).isEqualTo("status");
        var lines = crowded.getChildren().toList();
        assertThat(lines).extracting(l -> l.getElement().getAttribute("data-client"))
                .containsExactly("203.0.113.9", "2001:db8:1:2:0:0:0:0/64");
        assertThat(lines.getFirst().getElement().getText()).isEqualTo("120 of your 500 viewer seats are held from one network"
                + " address (203.0.113.9). If that is not an audience watching together (e.g. an office), someone may"
                + " be blocking your seats.");
    }

    @Test
    void the_preview_gets_a_fresh_ticket_once_a_third_of_its_life_has_passed() {
        navigate("live", LiveView.class);
        PreviewPlayer player = find(PreviewPlayer.class).single();
        assertThat(player.getElement().getAttribute("ticket")).isNull();

        player.renewIfDue(java.time.Instant.now().plusSeconds(5));
        assertThat(player.getElement().getAttribute("ticket")).as("not due yet (every 20 s)").isNull();
        player.renewIfDue(java.time.Instant.now().plusSeconds(21));
        String renewed = player.getElement().getAttribute("ticket"); // the Chromium test watches it change
        assertThat(renewed).matches("[A-Za-z0-9_-]+~[A-Za-z0-9_-]+");
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
    void a_holding_edge_waits_for_a_steady_ingest_server_while_one_receives_and_never_says_down() {
        navigate("live", LiveView.class);
        EdgesPanel panel = find(EdgesPanel.class).single();
        var holding = List.of(new com.example.backupingest.portal.live.EdgeSource("edge-1", null, java.time.Instant.EPOCH));

        panel.entrypointsReceiving(true); // the cards show DEGRADED: encoders connected, segments late
        panel.show(holding, com.example.backupingest.portal.live.ViewersNow.NONE, true);
        assertThat(panel.getElement().getTextRecursively())
                .contains("holding the last picture (waiting for a steady ingest server)").doesNotContain("down");

        panel.entrypointsReceiving(false);
        panel.show(holding, com.example.backupingest.portal.live.ViewersNow.NONE, true);
        assertThat(panel.getElement().getTextRecursively())
                .contains("holding the last picture (neither ingest server sends cleanly)");
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

    private static com.example.backupingest.monitor.api.EntrypointHealth health(Entrypoint entrypoint,
            String profile) {
        return new com.example.backupingest.monitor.api.EntrypointHealth("c1", entrypoint,
                com.example.backupingest.monitor.api.HealthState.LIVE, "Publishing; segments are flowing", true,
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

    @Test
    void a_failing_write_probe_is_named_on_the_page_also_while_no_timeline_entry_waits() {
        assertThat(timeline.unsaved()).as("no row waits").isEmpty();
        databaseWrites.probeFailed("JdbcSQLNonTransientConnectionException");
        try {
            navigate("live", LiveView.class);
            assertThat(find(LiveNotices.class).single().getElement().getTextRecursively())
                    .contains("The database of the portal does not take writes at the moment")
                    .doesNotContain("entries are not saved yet");
            assertThat(find(LiveNotices.class).single().getChildren()
                    .filter(c -> "database-failing".equals(c.getElement().getAttribute("data-testid")))).hasSize(1);
        } finally {
            databaseWrites.probeSucceeded();
        }
        navigate("live", LiveView.class);
        assertThat(find(LiveNotices.class).single().getElement().getTextRecursively()).doesNotContain("does not take writes");
    }
}
