package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.FailoverHappened;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.PublishEnded;
import com.example.backupingest.monitor.api.PublishRefused;
import com.example.backupingest.monitor.api.PublishStarted;
import com.example.backupingest.monitor.api.SignalChanged;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps an SSE event of a monitor's {@code /monitor/api/events} (name = the record's simple name,
 * data = its JSON) back to the event record. Unknown names are skipped, so a newer monitor with more
 * event types does not break an older follower.
 */
final class EventDecoder {

    private static final Map<String, Class<? extends MonitorEvent>> TYPES = Map.of(
            "PublishStarted", PublishStarted.class,
            "PublishEnded", PublishEnded.class,
            "PublishRefused", PublishRefused.class,
            "FailoverHappened", FailoverHappened.class,
            "HealthChanged", HealthChanged.class,
            "SignalChanged", SignalChanged.class);

    private final JsonMapper json;

    EventDecoder(JsonMapper json) {
        this.json = json;
    }

    /** @throws JacksonException when a known event's JSON does not fit its record */
    Optional<MonitorEvent> decode(SseParser.SseEvent event) {
        Class<? extends MonitorEvent> type = TYPES.get(event.name());
        return type == null ? Optional.empty() : Optional.of(json.readValue(event.data(), type));
    }
}
