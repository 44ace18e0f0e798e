package com.example.backupingest.monitor.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one client of a monitor's event stream ({@link MonitorPaths#EVENTS}), used by the portal and
 * by edge hosts alike: follows it on a virtual thread, hands every decoded event to a sink, and
 * reconnects with a doubling back-off (capped) when the monitor is gone. It sends
 * {@code Last-Event-ID} when the server gave ids; the monitor gives none today (it has no replay),
 * so events missed while disconnected are not replayed: the portal's health poll and the edges' own
 * origin polling cover the gap.
 */
public final class MonitorEventClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MonitorEventClient.class);
    private static final Duration HEADERS_WITHIN = Duration.ofSeconds(5);

    /** Doubling back-off from {@code initial} up to {@code max}; reset after a stream that worked. */
    public record Backoff(Duration initial, Duration max) {

        public Duration after(Duration previous) {
            Duration doubled = previous.isZero() ? initial : previous.multipliedBy(2);
            return doubled.compareTo(max) > 0 ? max : doubled;
        }
    }

    private final URI monitor;
    private final URI events;
    private final HttpClient http;
    private final MonitorEventCodec codec;
    private final Consumer<MonitorEvent> sink;
    private final Backoff backoff;
    private final @Nullable String authorization;
    private final AtomicLong received = new AtomicLong();
    private final AtomicReference<Stream<String>> current = new AtomicReference<>();
    private volatile @Nullable String lastEventId;
    private volatile @Nullable String problem;
    private volatile boolean connected;
    private volatile boolean closed;
    private volatile @Nullable Thread thread;

    /** {@code authorization}: the header value that opens the monitor API ({@code Bearer <monitor.api.secret>}; null: none). */
    public MonitorEventClient(URI monitor, HttpClient http, MonitorEventCodec codec, Consumer<MonitorEvent> sink,
            Backoff backoff, @Nullable String authorization) {
        this.monitor = monitor;
        this.events = monitor.resolve(MonitorPaths.EVENTS);
        this.http = http;
        this.codec = codec;
        this.sink = sink;
        this.backoff = backoff;
        this.authorization = authorization;
    }

    public synchronized MonitorEventClient start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("follow-" + monitor.getAuthority()).start(this::run);
        }
        return this;
    }

    public FollowStatus status() {
        return new FollowStatus(monitor, connected, received.get());
    }

    /** Why the monitor is not followed right now, in words an operator can act on; empty while following. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void run() {
        Duration delay = Duration.ZERO;
        while (!closed) {
            try {
                follow();
                delay = Duration.ZERO; // the stream worked and ended: start the back-off anew
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                unreachable(e);
            } catch (InterruptedException e) {
                return;
            } finally {
                connected = false;
            }
            delay = backoff.after(delay);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private void follow() throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(events).header("Accept", "text/event-stream").GET();
        String resumeFrom = lastEventId;
        if (resumeFrom != null) {
            builder.header("Last-Event-ID", resumeFrom);
        }
        CompletableFuture<HttpResponse<Stream<String>>> pending = http.sendAsync(builder.build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response;
        try {
            // the monitor answers an event stream at once with its headers and a comment; an edge host has no
            // pipeline (no /availability), so the stream's own answer is the reachability check
            response = pending.get(HEADERS_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + HEADERS_WITHIN, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pending.cancel(true); // no-op once done; aborts the request when we were interrupted
        }
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                throw httpStatus(response.statusCode());
            }
            connected = true;
            problem = null;
            log.info("following monitor events of {}", monitor);
            current.set(lines);
            SseParser parser = new SseParser();
            lines.takeWhile(line -> !closed).forEach(line -> parser.line(line).ifPresent(this::deliver));
        } finally {
            current.set(null);
        }
    }

    private void deliver(SseParser.SseEvent event) {
        if (event.id() != null) {
            lastEventId = event.id();
        }
        try {
            codec.decode(event).ifPresent(e -> {
                received.incrementAndGet();
                sink.accept(e);
            });
        } catch (IllegalArgumentException e) {
            log.warn("skipped an event from {}: {}", monitor, e.getMessage());
        }
    }

    private static IOException httpStatus(int status) {
        return new IOException("HTTP " + status + (status == 401 ? ": check monitor.api.secret" : ""));
    }

    private void unreachable(Exception e) {
        if (closed) {
            return;
        }
        String why = e.getMessage() != null && e.getMessage().startsWith("HTTP ") ? e.getMessage()
                : e.getClass().getSimpleName();
        String now = "Remote monitor " + monitor + " not reachable (" + why + ")";
        if (!now.equals(problem)) {
            log.warn("{}; retrying with back-off up to {}", now, backoff.max());
        }
        problem = now;
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
