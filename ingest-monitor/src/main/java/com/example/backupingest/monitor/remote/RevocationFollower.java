package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorEventClient;
import com.example.backupingest.monitor.api.SseParser;

import com.example.backupingest.monitor.api.KeyRevocation;

import com.example.backupingest.monitor.entrypoint.KeyRevocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ingest host follows the portal's revocation stream ({@link KeyRevocation#PATH}, with its own
 * portal secret): each {@code KeyRevoked} makes {@link KeyRevocations} re-check that content's running
 * publishes at once. Every (re)connect re-checks all of them, since revocations sent while the stream
 * was down are not replayed; the portal sends a comment every few seconds, so a silently dead
 * connection is noticed after {@code silence} and replaced.
 */
public final class RevocationFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RevocationFollower.class);

    private final URI stream;
    private final String authorization;
    private final HttpClient http;
    private final JsonMapper json;
    private final KeyRevocations revocations;
    private final MonitorEventClient.Backoff reconnect;
    private final Duration silence;
    private final Clock clock;
    private final AtomicReference<@Nullable Stream<String>> current = new AtomicReference<>();
    private volatile Instant lastLine = Instant.MIN;
    private volatile boolean connected;
    private volatile boolean closed;
    private volatile @Nullable Thread thread;

    public RevocationFollower(URI portal, String secret, HttpClient http, JsonMapper json, KeyRevocations revocations,
            RemoteMonitorProperties.Reconnect reconnect, Duration silence, Clock clock) {
        this.stream = portal.resolve(KeyRevocation.PATH);
        this.authorization = "Bearer " + secret;
        this.http = http;
        this.json = json;
        this.revocations = revocations;
        this.reconnect = reconnect.backoff();
        this.silence = silence;
        this.clock = clock;
    }

    public synchronized RevocationFollower start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("revocations-" + stream.getAuthority()).start(this::run);
            Thread.ofVirtual().name("revocations-watchdog").start(this::watch);
        }
        return this;
    }

    /** Whether the portal's stream is open (it answered and said Connected). */
    public boolean connected() {
        return connected;
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        boolean warned = false;
        while (!closed) {
            try {
                follow();
                backoff = Duration.ZERO;
                warned = false;
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                if (!warned && !closed) {
                    log.warn("portal revocation stream {} not usable ({}); retrying with back-off", stream,
                            e instanceof IllegalStateException ? e.getMessage() : e.toString());
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
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                .header("Authorization", authorization).timeout(Duration.ofSeconds(5)).GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode()
                        + (response.statusCode() == 401 || response.statusCode() == 403
                                ? " (check monitor.portal-secret and its role on the portal)" : ""));
            }
            lastLine = clock.instant();
            current.set(lines);
            SseParser parser = new SseParser();
            lines.takeWhile(line -> !closed).forEach(line -> {
                lastLine = clock.instant();
                parser.line(line).ifPresent(this::handle);
            });
        } finally {
            current.set(null);
        }
    }

    private void handle(SseParser.SseEvent event) {
        switch (event.name()) {
            case KeyRevocation.CONNECTED -> {
                connected = true;
                int dropped = revocations.recheckAll();
                log.info("following the portal's key revocations at {} ({} publisher(s) dropped on re-check)",
                        stream, dropped);
            }
            case KeyRevocation.REVOKED -> {
                try {
                    KeyRevocation revocation = json.readValue(event.data(), KeyRevocation.class);
                    revocations.revoked(revocation.contentId(), revocation.reason());
                } catch (JacksonException e) {
                    log.warn("skipped a revocation event: {}", e.getOriginalMessage());
                }
            }
            default -> {
                // a newer portal's event: ignored
            }
        }
    }

    /** Closes a stream that has been silent longer than {@code silence}: the reader then reconnects. */
    private void watch() {
        while (!closed) {
            Stream<String> lines = current.get();
            if (lines != null && lastLine.plus(silence).isBefore(clock.instant())) {
                log.warn("portal revocation stream silent for {} s; reconnecting", silence.toSeconds());
                lines.close();
            }
            try {
                Thread.sleep(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                return;
            }
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
