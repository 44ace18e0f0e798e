package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.MonitorEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Follows one remote monitor's {@code /monitor/api/events} on a virtual thread and hands every
 * decoded event to a sink; reconnects with a doubling back-off when the monitor is gone. Events
 * missed while disconnected are not replayed (the API has none): edges still see a dead origin
 * through their own polling.
 */
public final class RemoteEventStream implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteEventStream.class);

    private final URI monitor;
    private final URI events;
    private final URI availability;
    private final HttpClient http;
    private final EventDecoder decoder;
    private final Consumer<MonitorEvent> sink;
    private final RemoteMonitorProperties.Reconnect reconnect;
    private final String authorization;
    private final AtomicLong received = new AtomicLong();
    private final AtomicReference<Stream<String>> current = new AtomicReference<>();
    private volatile boolean connected;
    private volatile boolean closed;
    private volatile @org.jspecify.annotations.Nullable Thread thread;

    /** {@code authorization}: the header value that opens the monitor API ({@code Bearer <monitor.api.secret>}). */
    RemoteEventStream(URI monitor, HttpClient http, EventDecoder decoder, Consumer<MonitorEvent> sink,
            RemoteMonitorProperties.Reconnect reconnect, String authorization) {
        this.monitor = monitor;
        this.events = monitor.resolve(MonitorPaths.EVENTS);
        this.availability = monitor.resolve(MonitorPaths.AVAILABILITY);
        this.http = http;
        this.decoder = decoder;
        this.sink = sink;
        this.reconnect = reconnect;
        this.authorization = authorization;
    }

    public synchronized RemoteEventStream start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("follow-" + monitor.getAuthority()).start(this::run);
        }
        return this;
    }

    public FollowStatus status() {
        return new FollowStatus(monitor, connected, received.get());
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        boolean warned = false;
        while (!closed) {
            try {
                follow();
                backoff = Duration.ZERO; // the stream worked and ended: start the back-off anew
                warned = false;
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                if (!warned && !closed) {
                    log.warn("monitor {} not reachable ({}); retrying with back-off", monitor, e.toString());
                    warned = true;
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                connected = false;
            }
            backoff = reconnect.after(backoff);
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void follow() throws IOException, InterruptedException {
        // The monitor's SSE response shows its headers only with the first event, which may come much
        // later; so reachability is proven by a quick request first, the stream itself has no timeout.
        HttpResponse<Void> probe = http.send(HttpRequest.newBuilder(availability).timeout(Duration.ofSeconds(3))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.discarding());
        if (probe.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + probe.statusCode() + " from " + availability
                    + (probe.statusCode() == 401 ? " (check monitor.api.secret)" : ""));
        }
        HttpRequest request = HttpRequest.newBuilder(events).header("Accept", "text/event-stream")
                .header("Authorization", authorization).GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> pending = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        connected = true;
        log.info("following monitor events of {}", monitor);
        HttpResponse<Stream<String>> response;
        try {
            response = pending.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pending.cancel(true); // no-op once done; aborts the request when we were interrupted
        }
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " from " + events);
            }
            current.set(lines);
            SseParser parser = new SseParser();
            lines.takeWhile(line -> !closed).forEach(line -> parser.line(line).ifPresent(this::deliver));
        } finally {
            current.set(null);
        }
    }

    private void deliver(SseParser.SseEvent event) {
        try {
            decoder.decode(event).ifPresent(e -> {
                received.incrementAndGet();
                sink.accept(e);
            });
        } catch (JacksonException e) {
            log.warn("skipped a {} event from {}: {}", event.name(), monitor, e.getOriginalMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        Stream<String> lines = current.get();
        if (lines != null) {
            lines.close();
        }
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }
}
