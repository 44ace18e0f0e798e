package com.example.backupingest.monitor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.backupingest.monitor.testing.FreePort;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP server plays the remote monitor: it streams, dies, comes back on the same port. */
class MonitorEventClientTest {

    private static final String API_SECRET = "monitor-api-secret-for-tests";

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<MonitorEvent> received = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<String> toSend = new LinkedBlockingQueue<>();
    /** The Last-Event-ID header of each request to the event stream ("-" when none). */
    private final List<String> lastEventIds = new CopyOnWriteArrayList<>();
    private volatile HttpServer server;
    private MonitorEventClient stream;

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void events_arrive_as_records_and_the_stream_comes_back_after_the_monitor_restarts() throws Exception {
        int port = FreePort.next();
        server = monitor(port);
        stream = new MonitorEventClient(URI.create("http://127.0.0.1:" + port), HttpClient.newHttpClient(),
                new MonitorEventCodec(json), received::add,
                new MonitorEventClient.Backoff(Duration.ofMillis(100), Duration.ofMillis(400)),
                "Bearer " + API_SECRET).start();
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.status().connected());

        PublishStarted first = new PublishStarted(1, "c1", Entrypoint.PRIMARY, 1, Instant.parse("2026-11-24T10:00:00Z"));
        toSend.put(sse(first));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains(first));

        server.stop(0); // the monitor host is gone
        await().atMost(Duration.ofSeconds(5)).until(() -> !stream.status().connected());
        server = monitor(port);
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.status().connected());

        PublishStarted second = new PublishStarted(1, "c1", Entrypoint.BACKUP, 1, Instant.parse("2026-11-24T10:00:05Z"));
        toSend.put(sse(second));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains(second));
        assertThat(received).containsExactly(first, second);
        assertThat(stream.status().eventsReceived()).isEqualTo(2);
    }

    @Test
    void after_a_reconnect_the_client_names_the_last_event_id_the_server_gave() throws Exception {
        int port = FreePort.next();
        server = monitor(port);
        stream = new MonitorEventClient(URI.create("http://127.0.0.1:" + port), HttpClient.newHttpClient(),
                new MonitorEventCodec(json), received::add,
                new MonitorEventClient.Backoff(Duration.ofMillis(100), Duration.ofMillis(400)),
                "Bearer " + API_SECRET).start();
        PublishStarted first = new PublishStarted(1, "c1", Entrypoint.PRIMARY, 1, Instant.parse("2026-11-24T10:00:00Z"));
        toSend.put("id: 41\n" + sse(first));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains(first));

        server.stop(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> !stream.status().connected());
        server = monitor(port);
        await().atMost(Duration.ofSeconds(5)).until(() -> lastEventIds.size() >= 2);

        assertThat(lastEventIds.getFirst()).isEqualTo("-");
        assertThat(lastEventIds.getLast()).isEqualTo("41");
    }

    @Test
    void the_back_off_doubles_up_to_its_maximum() {
        MonitorEventClient.Backoff reconnect = new MonitorEventClient.Backoff(Duration.ofMillis(500),
                Duration.ofSeconds(3));
        Duration d = Duration.ZERO;
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            d = reconnect.after(d);
            steps.append(d.toMillis()).append(' ');
        }
        assertThat(steps.toString().trim()).isEqualTo("500 1000 2000 3000 3000");
    }

    private String sse(MonitorEvent event) {
        return "event:" + event.getClass().getSimpleName() + "\ndata:" + json.writeValueAsString(event) + "\n\n";
    }

    private HttpServer monitor(int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // like the real monitor API (of an edge host too, which has no /availability): nothing without its secret
        http.createContext("/monitor/api/events", exchange -> {
            if (authorized(exchange)) {
                String last = exchange.getRequestHeaders().getFirst("Last-Event-ID");
                lastEventIds.add(last == null ? "-" : last);
                events(exchange);
            } else {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
            }
        });
        http.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        http.start();
        return http;
    }

    private static boolean authorized(HttpExchange exchange) {
        return ("Bearer " + API_SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(":connected\n\n".getBytes(StandardCharsets.UTF_8)); // as the real one: headers at once
            out.flush();
            // a handler of a stopped server must not take the events meant for its successor
            while (exchange.getHttpContext().getServer() == server) {
                String next = toSend.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    out.write(next.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // client or server went away
        }
    }

}
