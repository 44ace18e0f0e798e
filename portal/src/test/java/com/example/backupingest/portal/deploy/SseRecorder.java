package com.example.backupingest.portal.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Records the {@code data:} lines of one server-sent event stream, as a portal following the edge would see them. */
final class SseRecorder implements AutoCloseable {

    private final List<String> data = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile Stream<String> lines;

    /** {@code authorization}: the monitor API's {@code Bearer <MONITOR_API_SECRET>}. */
    SseRecorder(URI events, String authorization) {
        HttpClient http = HttpClient.newHttpClient();
        this.thread = Thread.ofVirtual().start(() -> {
            try {
                HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(events)
                        .header("Accept", "text/event-stream").header("Authorization", authorization).build(),
                        HttpResponse.BodyHandlers.ofLines());
                lines = response.body();
                lines.filter(l -> l.startsWith("data:")).forEach(l -> data.add(l.substring(5).trim()));
            } catch (Exception e) {
                data.add("recorder stopped: " + e);
            }
        });
    }

    List<String> data() {
        return List.copyOf(data);
    }

    boolean any(String... fragments) {
        return data.stream().anyMatch(d -> Stream.of(fragments).allMatch(d::contains));
    }

    /** The newest recorded data line that contains every fragment, or "". */
    String last(String... fragments) {
        return data.reversed().stream().filter(d -> Stream.of(fragments).allMatch(d::contains)).findFirst().orElse("");
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
        thread.interrupt();
    }
}
