package com.example.backupingest.monitor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the lines of a text/event-stream into events (WHATWG rules we need: {@code event:},
 * multi-line {@code data:}, {@code id:}, comments, a blank line dispatches). Not thread-safe: one
 * per connection.
 */
public final class SseParser {

    /** One server-sent event; {@code name} is "message" when the server named none; {@code id} null when it sent none. */
    public record SseEvent(String name, String data, @Nullable String id) {

        public SseEvent(String name, String data) {
            this(name, data, null);
        }
    }

    private String name = "";
    private @Nullable String id;
    private final List<String> data = new ArrayList<>();

    public Optional<SseEvent> line(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty(); // comment / keep-alive
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> name = value;
            case "data" -> data.add(value);
            case "id" -> id = value.indexOf('\0') < 0 ? value : id; // WHATWG: an id with NUL is ignored
            default -> {
                // retry: we reconnect on our own schedule
            }
        }
        return Optional.empty();
    }

    private Optional<SseEvent> dispatch() {
        if (data.isEmpty()) {
            name = "";
            return Optional.empty();
        }
        SseEvent event = new SseEvent(name.isEmpty() ? "message" : name, String.join("\n", data), id);
        name = "";
        data.clear();
        return Optional.of(event); // the id stays: WHATWG keeps the last event id across events
    }
}
