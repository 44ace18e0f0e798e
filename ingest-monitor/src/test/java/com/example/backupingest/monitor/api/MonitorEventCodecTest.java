package com.example.backupingest.monitor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON a monitor's SSE API writes (record name + Jackson) turns back into the same records. */
class MonitorEventCodecTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MonitorEventCodec decoder = new MonitorEventCodec(json);
    private final Instant at = Instant.parse("2026-11-24T10:00:00.123Z");

    @Test
    void every_sent_event_type_comes_back_equal() {
        List<MonitorEvent> events = List.of(
                new PublishStarted(7, "c1", Entrypoint.PRIMARY, 2, at),
                new PublishEnded(7, "c1", Entrypoint.BACKUP, at, "on_publish_done"),
                new PublishRefused("unknown", Entrypoint.PRIMARY, "10.0.0.9", "••••abcd", at),
                new FailoverHappened(7, "c1", "edge-1", Entrypoint.PRIMARY, null, FailoverCause.STALL, at,
                        Duration.ofMillis(250)));
        for (MonitorEvent event : events) {
            SseParser.SseEvent sent = new SseParser.SseEvent(event.getClass().getSimpleName(),
                    json.writeValueAsString(event));
            assertThat(decoder.decode(sent)).contains(event);
        }
    }

    @Test
    void unknown_event_names_are_skipped_and_broken_json_is_an_error() {
        assertThat(decoder.decode(new SseParser.SseEvent("SomethingNew", "{}"))).isEmpty();
        assertThatThrownBy(() -> decoder.decode(new SseParser.SseEvent("PublishStarted", "{not json")))
                .isInstanceOf(IllegalArgumentException.class).hasCauseInstanceOf(JacksonException.class);
    }
}
