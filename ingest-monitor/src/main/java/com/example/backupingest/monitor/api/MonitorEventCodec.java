package com.example.backupingest.monitor.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitor's JSON back into its records: SSE events of {@link MonitorPaths#EVENTS} (name = the
 * record's simple name, data = its JSON), {@link MonitorPaths#HEALTH} and {@link MonitorPaths#EDGES}.
 * Unknown event names are skipped, so a newer monitor with more event types does not break an older
 * follower (portal or edge host).
 */
public final class MonitorEventCodec {

    private static final Map<String, Class<?>> TYPES = Arrays.stream(MonitorEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final JsonMapper json;

    public MonitorEventCodec() {
        this(JsonMapper.builder().build());
    }

    public MonitorEventCodec(JsonMapper json) {
        this.json = json;
    }

    /** @throws IllegalArgumentException when a known event's JSON does not fit its record */
    public Optional<MonitorEvent> decode(String name, String data) {
        Class<?> type = TYPES.get(name);
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((MonitorEvent) json.readValue(data, type));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("unreadable " + name + " event: " + e.getOriginalMessage(), e);
        }
    }

    public Optional<MonitorEvent> decode(SseParser.SseEvent event) {
        return decode(event.name(), event.data());
    }

    public List<EntrypointHealth> health(String body) {
        return json.readValue(body, new TypeReference<List<EntrypointHealth>>() {
        });
    }

    public List<EdgeStatus> edges(String body) {
        return json.readValue(body, new TypeReference<List<EdgeStatus>>() {
        });
    }

    /** What the monitor's Spring MVC writes; used by tests to prove the round trip. */
    public String write(Object value) {
        return json.writeValueAsString(value);
    }
}
