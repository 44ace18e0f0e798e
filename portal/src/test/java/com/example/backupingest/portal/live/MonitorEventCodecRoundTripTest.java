package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.MonitorEventCodec;
import com.example.backupingest.monitor.api.SseParser;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.Rendition;
import com.example.backupingest.monitor.api.FailoverCause;
import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.EntrypointHealth;
import com.example.backupingest.monitor.api.HealthState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorEventCodecRoundTripTest {

    private final MonitorEventCodec json = new MonitorEventCodec();

    @Test
    void a_failover_event_from_the_sse_stream_becomes_the_same_record() {
        String sse = """
                event:FailoverHappened
                data:{"accountId":7,"contentId":"abc123","edgeId":"edge-2","from":"PRIMARY","to":"BACKUP",\
                "cause":"STALL","at":"2026-11-24T09:30:01.250Z","detection":"PT0.75S"}

                """;
        List<MonitorEvent> events = parse(sse);

        assertThat(events).containsExactly(new FailoverHappened(7, "abc123", "edge-2", Entrypoint.PRIMARY,
                Entrypoint.BACKUP, FailoverCause.STALL, Instant.parse("2026-11-24T09:30:01.250Z"),
                Duration.ofMillis(750)));
    }

    @Test
    void a_failover_written_by_the_monitor_carries_its_typed_cause_and_comes_back_equal() {
        FailoverHappened sent = new FailoverHappened(7, "abc123", "edge-3", Entrypoint.BACKUP, null,
                FailoverCause.DRILL, Instant.parse("2026-11-24T09:30:01.250Z"), Duration.ofMillis(20));
        String data = json.write(sent);

        assertThat(data).contains("\"cause\":\"DRILL\"").doesNotContain("drill\"");
        assertThat(parse("event:FailoverHappened\ndata:" + data + "\n\n")).containsExactly(sent);
        assertThat(sent.drill()).isTrue();
    }

    @Test
    void durations_written_as_seconds_and_null_entrypoints_are_read_too() {
        List<MonitorEvent> events = parse("""
                event: FailoverHappened
                data: {"accountId":7,"contentId":"abc123","edgeId":"edge-1","from":"BACKUP","to":null,\
                "cause":"PUBLISHER_GONE","at":"2026-11-24T09:30:01Z","detection":1.5}

                """);

        FailoverHappened failover = (FailoverHappened) events.getFirst();
        assertThat(failover.to()).isNull();
        assertThat(failover.detection()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void health_events_keep_every_number_and_the_speed_per_rendition() {
        EntrypointHealth health = new EntrypointHealth("abc123", Entrypoint.BACKUP, HealthState.DEGRADED,
                "Transcoding is slower than real time", true, 2450L, 25.0, 1280, 720, "H264", "High", "AAC", "LC",
                true, Duration.ofSeconds(2), Map.of(Rendition.ORIGINAL, 0.9, Rendition.P480, 0.9, Rendition.P360, 0.9),
                Duration.ofMillis(1200), Instant.parse("2026-11-24T09:00:00Z"));
        HealthChanged event = new HealthChanged(7, "abc123", health, Instant.parse("2026-11-24T09:30:00Z"));

        String sse = "event:HealthChanged\ndata:" + json.write(event) + "\n\n";

        assertThat(parse(sse)).containsExactly(event);
    }

    @Test
    void the_health_snapshot_of_the_http_api_is_read_as_a_list() {
        String body = """
                [{"contentId":"abc123","entrypoint":"PRIMARY","state":"IDLE","reason":"No encoder publishes",\
                "publishing":false,"inputBitrateKbps":null,"fps":null,"width":null,"height":null,"videoCodec":null,\
                "videoProfile":null,"audioCodec":null,"audioProfile":null,"audioPresent":false,\
                "keyframeInterval":null,"transcodeSpeed":{},"newestSegmentAge":null,"publishingSince":null}]
                """;

        List<EntrypointHealth> health = json.health(body);

        assertThat(health).singleElement().satisfies(h -> {
            assertThat(h.state()).isEqualTo(HealthState.IDLE);
            assertThat(h.transcodeSpeed()).isEmpty();
            assertThat(h.inputBitrateKbps()).isNull();
        });
    }

    @Test
    void unknown_event_names_and_comments_are_skipped_and_multi_line_data_is_joined() {
        List<MonitorEvent> events = parse("""
                :keep-alive

                event:SomethingNewer
                data:{"x":1}

                event:PublishEnded
                data:{"accountId":7,"contentId":"abc123","entrypoint":"PRIMARY",
                data:"at":"2026-11-24T09:30:00Z","reason":"publish done"}

                """);

        assertThat(events).containsExactly(new PublishEnded(7, "abc123", Entrypoint.PRIMARY,
                Instant.parse("2026-11-24T09:30:00Z"), "publish done"));
    }

    private List<MonitorEvent> parse(String stream) {
        SseParser parser = new SseParser();
        List<MonitorEvent> events = new ArrayList<>();
        stream.lines().forEach(line -> parser.line(line)
                .flatMap(sse -> json.decode(sse)).ifPresent(events::add));
        // String.lines() drops the trailing empty line; the stream's final blank line dispatches
        parser.line("").flatMap(sse -> json.decode(sse)).ifPresent(events::add);
        return events;
    }
}
