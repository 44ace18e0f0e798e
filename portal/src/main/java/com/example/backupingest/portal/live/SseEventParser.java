package com.example.backupingest.portal.live;

import java.util.Optional;

/**
 * Turns the lines of a text/event-stream into (event name, data) pairs: {@code event:} and
 * {@code data:} lines accumulate, a blank line dispatches. Comments and ids are ignored.
 */
final class SseEventParser {

    record SseEvent(String name, String data) {
    }

    private String name = "message";
    private final StringBuilder data = new StringBuilder();

    Optional<SseEvent> line(String line) {
        if (line.isEmpty()) {
            Optional<SseEvent> event = data.isEmpty() ? Optional.empty()
                    : Optional.of(new SseEvent(name, data.toString()));
            name = "message";
            data.setLength(0);
            return event;
        }
        if (line.startsWith("event:")) {
            name = value(line, 6);
        } else if (line.startsWith("data:")) {
            if (!data.isEmpty()) {
                data.append('\n');
            }
            data.append(value(line, 5));
        }
        return Optional.empty();
    }

    private static String value(String line, int from) {
        String value = line.substring(from);
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
