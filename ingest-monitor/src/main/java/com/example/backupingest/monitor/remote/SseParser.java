package com.example.backupingest.monitor.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the lines of a text/event-stream into events (WHATWG rules we need: {@code event:},
 * multi-line {@code data:}, comments, a blank line dispatches). Not thread-safe: one per connection.
 */
final class SseParser {

    /** One server-sent event; {@code name} is "message" when the server named none. */
    record SseEvent(String name, String data) {
    }

    private String name = "";
    private final List<String> data = new ArrayList<>();

    Optional<SseEvent> line(String line) {
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
            default -> {
                // id and retry: we reconnect on our own schedule and need no replay
            }
        }
        return Optional.empty();
    }

    private Optional<SseEvent> dispatch() {
        if (data.isEmpty()) {
            name = "";
            return Optional.empty();
        }
        SseEvent event = new SseEvent(name.isEmpty() ? "message" : name, String.join("\n", data));
        name = "";
        data.clear();
        return Optional.of(event);
    }
}
