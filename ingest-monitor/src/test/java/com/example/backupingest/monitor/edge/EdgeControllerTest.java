package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.edge.origin.FolderOrigin;
import com.example.backupingest.monitor.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.OriginEndpoints;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.PublishStarted;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import com.example.backupingest.monitor.api.viewer.TicketKind;
import com.example.backupingest.monitor.viewer.ViewerGate;
import com.example.backupingest.monitor.api.viewer.ViewerProperties;
import com.example.backupingest.monitor.api.viewer.TicketIssuer;
import com.example.backupingest.monitor.api.viewer.ViewerSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The player-facing HTTP surface, over a fleet fed by a static stand-in origin. */
class EdgeControllerTest {

    @TempDir
    Path folder;

    private FolderOrigin origin;
    private EdgeFleet fleet;
    private MockMvc mvc;
    private MockMvc ticketless;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final TicketIssuer tickets = TicketIssuer.random(clock);
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private String ticket;

    @BeforeEach
    void oneEdgeServesAPrimaryWithThreeSegments() throws Exception {
        Path original = Files.createDirectories(folder.resolve("hls/c1/original"));
        Instant pdt = Instant.now().minusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
        StringBuilder playlist = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:2\n"
                + "#EXT-X-MEDIA-SEQUENCE:0\n");
        for (int i = 0; i < 3; i++) {
            playlist.append("#EXTINF:2.000000,\n#EXT-X-PROGRAM-DATE-TIME:").append(pdt.plusSeconds(2L * i))
                    .append("\nseg").append(i).append(".ts\n");
            Files.write(original.resolve("seg" + i + ".ts"), new byte[] {0x47, (byte) i});
        }
        Files.writeString(original.resolve("index.m3u8"), playlist);
        origin = new FolderOrigin(folder);
        MonitorEventBus bus = new MonitorEventBus();
        fleet = new EdgeFleet(EdgeProperties.DEFAULTS,
                new OriginEndpoints(origin.base(), URI.create("http://127.0.0.1:1/")), bus,
                HttpClient.newHttpClient(), Clock.systemUTC());
        bus.publish(new PublishStarted(7, "c1", Entrypoint.PRIMARY, 1, Instant.now()));
        ViewerProperties viewers = ViewerProperties.defaults(true);
        ViewerGate gate = new ViewerGate(viewers, tickets.verifier(),
                (account, content, edge, viewer, address, at) -> reported.add(account + "/" + content + "/" + edge
                        + "/" + viewer + "@" + address), clock);
        mvc = MockMvcBuilders.standaloneSetup(new EdgeController(fleet, gate), new EdgeStatusController(fleet)).build();
        ViewerGate open = new ViewerGate(ViewerProperties.defaults(false), tickets.verifier(), ViewerSink.NONE,
                clock);
        ticketless = MockMvcBuilders.standaloneSetup(new EdgeController(fleet, open)).build();
        ticket = "/edge/c1/edge-1/v/" + tickets.issue("c1", "edge-1", "viewer-a", TicketKind.VIEWER);
        org.awaitility.Awaitility.await("the edge mirrors seg-2").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> fleet.mediaPlaylist("c1", "edge-1", Rendition.ORIGINAL).orElseThrow().contains("seg-2.ts"));
    }

    @AfterEach
    void stop() throws Exception {
        fleet.close();
        origin.close();
    }

    @Test
    void lists_every_edge_with_the_entrypoint_it_serves_for_a_portal_that_connects_late() throws Exception {
        mvc.perform(get("/monitor/api/edges"))
                .andExpect(status().isOk())
                .andExpect(content().json("[{\"contentId\":\"c1\",\"edgeId\":\"edge-1\",\"active\":\"PRIMARY\"}]"));
    }

    @Test
    void serves_the_master_playlist_uncached_and_open_to_any_origin() throws Exception {
        mvc.perform(get(ticket + "/master.m3u8"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.apple.mpegurl"))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("480p/index.m3u8")));
    }

    @Test
    void serves_the_media_playlist_with_edge_segment_names() throws Exception {
        String body = mvc.perform(get(ticket + "/original/index.m3u8"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.apple.mpegurl"))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("#EXT-X-MEDIA-SEQUENCE:0", "seg-0.ts", "seg-2.ts").doesNotContain("seg0.ts");
    }

    @Test
    void serves_segments_fetched_from_the_active_origin() throws Exception {
        mvc.perform(get(ticket + "/original/index.m3u8")).andExpect(status().isOk());
        mvc.perform(get(ticket + "/original/seg-1.ts"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("video/mp2t"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(content().bytes(new byte[] {0x47, 1}));
    }

    @Test
    void answers_404_for_unknown_content_edge_rendition_or_segment() throws Exception {
        mvc.perform(get("/edge/nope/edge-1/v/" + tickets.issue("nope", "edge-1", "v", TicketKind.VIEWER)
                + "/master.m3u8")).andExpect(status().isNotFound());
        mvc.perform(get("/edge/c1/edge-2/v/" + tickets.issue("c1", "edge-2", "v", TicketKind.VIEWER)
                + "/master.m3u8")).andExpect(status().isNotFound());
        mvc.perform(get(ticket + "/720p/index.m3u8")).andExpect(status().isNotFound());
        mvc.perform(get(ticket + "/original/seg-99.ts")).andExpect(status().isNotFound());
        mvc.perform(get(ticket + "/original/..%2Fsecret")).andExpect(status().isNotFound());
    }

    @Test
    void refuses_players_without_a_ticket_with_a_forged_one_or_with_one_for_another_edge() throws Exception {
        mvc.perform(get("/edge/c1/edge-1/master.m3u8")).andExpect(status().isForbidden());
        mvc.perform(get("/edge/c1/edge-1/original/index.m3u8")).andExpect(status().isForbidden());
        mvc.perform(get("/edge/c1/edge-1/original/seg-1.ts")).andExpect(status().isForbidden());
        String forged = TicketIssuer.random(clock).issue("c1", "edge-1", "viewer-a", TicketKind.VIEWER);
        mvc.perform(get("/edge/c1/edge-1/v/" + forged + "/master.m3u8")).andExpect(status().isForbidden());
        String otherContent = tickets.issue("c2", "edge-1", "viewer-a", TicketKind.VIEWER);
        mvc.perform(get("/edge/c1/edge-1/v/" + otherContent + "/original/seg-1.ts")).andExpect(status().isForbidden());
        assertThat(reported).isEmpty();
    }

    @Test
    void reports_every_playlist_load_of_a_viewer_but_not_of_the_owners_preview() throws Exception {
        mvc.perform(get(ticket + "/master.m3u8")).andExpect(status().isOk());
        mvc.perform(get(ticket + "/480p/index.m3u8")).andExpect(status().isOk());
        mvc.perform(get(ticket + "/original/seg-1.ts")).andExpect(status().isOk());
        String preview = "/edge/c1/edge-1/v/" + tickets.issue("c1", "edge-1", "owner", TicketKind.PREVIEW);
        mvc.perform(get(preview + "/master.m3u8")).andExpect(status().isOk());

        assertThat(reported).containsExactly("7/c1/edge-1/viewer-a@127.0.0.1", "7/c1/edge-1/viewer-a@127.0.0.1");
    }

    @Test
    void a_viewer_that_stopped_loading_playlists_has_left_and_its_ticket_stays_refused() throws Exception {
        mvc.perform(get(ticket + "/480p/index.m3u8")).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(3));
        mvc.perform(get(ticket + "/480p/index.m3u8")).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(5)); // 5 s since the last load: more than release-after (4 s)

        mvc.perform(get(ticket + "/480p/index.m3u8")).andExpect(status().isForbidden());
        mvc.perform(get(ticket + "/original/seg-1.ts")).andExpect(status().isForbidden());
        String again = "/edge/c1/edge-1/v/" + tickets.issue("c1", "edge-1", "viewer-a", TicketKind.VIEWER);
        mvc.perform(get(again + "/480p/index.m3u8")).andExpect(status().isOk());
    }

    @Test
    void a_ticket_never_used_within_its_grace_is_refused() throws Exception {
        clock.advance(Duration.ofSeconds(16));

        mvc.perform(get(ticket + "/master.m3u8")).andExpect(status().isForbidden());
    }

    @Test
    void a_ticket_in_use_is_refused_to_a_second_client_address_and_the_first_plays_on() throws Exception {
        mvc.perform(get(ticket + "/480p/index.m3u8")).andExpect(status().isOk());

        mvc.perform(get(ticket + "/480p/index.m3u8").with(from("192.0.2.7"))).andExpect(status().isForbidden());
        mvc.perform(get(ticket + "/master.m3u8").with(from("192.0.2.7"))).andExpect(status().isForbidden());
        mvc.perform(get(ticket + "/original/seg-1.ts").with(from("192.0.2.7"))).andExpect(status().isForbidden());
        mvc.perform(get(ticket + "/480p/index.m3u8")).andExpect(status().isOk());
        mvc.perform(get(ticket + "/original/seg-1.ts")).andExpect(status().isOk());
        assertThat(reported).allMatch(line -> line.endsWith("@127.0.0.1"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void serves_ticketless_urls_only_where_tickets_are_switched_off() throws Exception {
        ticketless.perform(get("/edge/c1/edge-1/original/index.m3u8")).andExpect(status().isOk());
        ticketless.perform(get("/edge/c1/edge-1/original/seg-1.ts")).andExpect(status().isOk());
    }
}
