package com.example.backupingest.monitor.edge;

import com.example.backupingest.monitor.edge.origin.OriginSnapshot;
import com.example.backupingest.monitor.hls.PlaylistParser;
import com.example.backupingest.monitor.hls.MediaPlaylist;
import com.example.backupingest.monitor.hls.Segment;
import com.example.backupingest.monitor.testing.MutableClock;

import static com.example.backupingest.monitor.api.Entrypoint.BACKUP;
import static com.example.backupingest.monitor.api.Entrypoint.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** One edge fed with polls of two simulated origins (B's segments 700 ms later than A's). */
class EdgeTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final Edge edge = new Edge("edge-1", EdgeProperties.DEFAULTS, clock);

    @Test
    void all_renditions_switch_together_on_one_decision() {
        edge.start();
        poll(Duration.ofSeconds(12));

        assertThat(edge.publishEnded(PRIMARY, clock.instant())).hasValueSatisfying(t -> assertThat(t.to())
                .isEqualTo(BACKUP));
        poll(Duration.ofSeconds(6));

        for (Rendition rendition : Rendition.values()) {
            MediaPlaylist playlist = PlaylistParser.parse(edge.mediaPlaylist(rendition));
            assertThat(playlist.segments()).as(rendition.id()).filteredOn(Segment::discontinuity).hasSize(1);
            Segment first = playlist.segments().stream().filter(Segment::discontinuity).findFirst().orElseThrow();
            assertThat(edge.segment(rendition, first.sequence())).hasValueSatisfying(s -> {
                assertThat(s.source()).isEqualTo(BACKUP);
                assertThat(s.origin().getPath()).startsWith("/hls/c1/" + rendition.id() + "/");
            });
            assertThat(edge.segment(rendition, first.sequence() - 1))
                    .hasValueSatisfying(s -> assertThat(s.source()).isEqualTo(PRIMARY));
        }
    }

    @Test
    void holds_every_playlist_while_both_are_down() {
        edge.start();
        poll(Duration.ofSeconds(12));
        edge.publishEnded(BACKUP, clock.instant());
        edge.publishEnded(PRIMARY, clock.instant());
        String held = edge.mediaPlaylist(Rendition.P360);

        poll(Duration.ofSeconds(10));

        assertThat(edge.activeSource()).isEmpty();
        assertThat(edge.mediaPlaylist(Rendition.P360)).isEqualTo(held);
    }

    @Test
    void serves_nothing_from_a_leftover_playlist_of_an_earlier_broadcast() {
        edge.start();
        // An encoder that ran from 60 to 50 minutes ago left its playlist behind.
        Map<Rendition, OriginSnapshot.Fetched> leftover = renditions("a", Duration.ofHours(-1),
                T0.minus(Duration.ofMinutes(50)));
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMillis(250));
            edge.observe(new OriginSnapshot(Map.of(PRIMARY, leftover)));
        }

        assertThat(PlaylistParser.parse(edge.mediaPlaylist(Rendition.ORIGINAL)).segments()).isEmpty();
    }

    /** Polls every 250 ms; each origin lists the segments completed by then. */
    private void poll(Duration duration) {
        for (Duration left = duration; left.isPositive(); left = left.minusMillis(250)) {
            clock.advance(Duration.ofMillis(250));
            Map<Entrypoint, Map<Rendition, OriginSnapshot.Fetched>> found = new EnumMap<>(Entrypoint.class);
            found.put(PRIMARY, renditions("a", Duration.ZERO, clock.instant()));
            found.put(BACKUP, renditions("b", Duration.ofMillis(700), clock.instant()));
            edge.observe(new OriginSnapshot(found));
        }
    }

    /** An encoder started at T0 + offset: its last 10 segments completed until {@code until}. */
    private static Map<Rendition, OriginSnapshot.Fetched> renditions(String host, Duration offset, Instant until) {
        Map<Rendition, OriginSnapshot.Fetched> byRendition = new EnumMap<>(Rendition.class);
        long completed = Duration.between(T0.plus(offset), until).toSeconds() / 2;
        for (Rendition rendition : Rendition.values()) {
            List<Segment> segments = LongStream.range(Math.max(0, completed - 10), completed)
                    .mapToObj(n -> new Segment("seg" + n + ".ts", Duration.ofSeconds(2),
                            T0.plus(offset).plusSeconds(2 * n), n, false))
                    .toList();
            URI uri = URI.create("http://" + host + ".example/hls/c1/" + rendition.id() + "/index.m3u8");
            long first = segments.isEmpty() ? 0 : segments.getFirst().sequence();
            byRendition.put(rendition, new OriginSnapshot.Fetched(uri, new MediaPlaylist(2, first, 0, segments,
                    false)));
        }
        return byRendition;
    }
}
