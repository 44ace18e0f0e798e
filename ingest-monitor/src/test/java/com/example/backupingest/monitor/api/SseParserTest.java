package com.example.backupingest.monitor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private final SseParser parser = new SseParser();

    private List<SseParser.SseEvent> feed(String... lines) {
        List<SseParser.SseEvent> events = new ArrayList<>();
        for (String line : lines) {
            parser.line(line).ifPresent(events::add);
        }
        return events;
    }

    @Test
    void named_events_are_dispatched_on_the_blank_line() {
        assertThat(feed("event:PublishStarted", "data:{\"a\":1}", "", "event: PublishEnded", "data: {}", ""))
                .containsExactly(new SseParser.SseEvent("PublishStarted", "{\"a\":1}"),
                        new SseParser.SseEvent("PublishEnded", "{}"));
    }

    @Test
    void multi_line_data_is_joined_and_comments_and_empty_events_are_ignored() {
        assertThat(feed(":keep-alive", "", "data:line one", "data:line two", "", "event:Nothing", ""))
                .containsExactly(new SseParser.SseEvent("message", "line one\nline two"));
    }

    @Test
    void the_last_event_id_is_kept_for_the_events_after_it_so_a_reconnect_can_resume_from_it() {
        assertThat(feed("id: 7", "data:a", "", "data:b", "", "id: 8", "data:c", "", "id: bad\0id", "data:d", ""))
                .extracting(SseParser.SseEvent::id).containsExactly("7", "7", "8", "8");
    }

    @Test
    void an_event_name_does_not_leak_into_the_next_event() {
        assertThat(feed("event:HealthChanged", "data:x", "", "data:y", ""))
                .extracting(SseParser.SseEvent::name).containsExactly("HealthChanged", "message");
    }
}
