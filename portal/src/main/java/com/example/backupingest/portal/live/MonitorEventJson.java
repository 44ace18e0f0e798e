package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.EdgeStatus;
import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.EntrypointHealth;
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
 * The monitor's JSON (SSE data and /monitor/api/health) back into the monitor's records. The SSE
 * event name is the record's simple name; unknown names are skipped, so a newer monitor with more
 * event types does not break an older portal.
 */
final class MonitorEventJson {

    private static final Map<String, Class<?>> TYPES = Arrays.stream(MonitorEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final JsonMapper mapper = JsonMapper.builder().build();

    Optional<MonitorEvent> event(String name, String json) {
        Class<?> type = TYPES.get(name);
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((MonitorEvent) mapper.readValue(json, type));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("unreadable " + name + " event: " + e.getOriginalMessage(), e);
        }
    }

    List<EntrypointHealth> health(String json) {
        return mapper.readValue(json, new TypeReference<List<EntrypointHealth>>() {
        });
    }

    List<EdgeStatus> edges(String json) {
        return mapper.readValue(json, new TypeReference<List<EdgeStatus>>() {
        });
    }

    /** What the monitor's Spring MVC writes; used by tests to prove the round trip. */
    String write(Object value) {
        return mapper.writeValueAsString(value);
    }
}
