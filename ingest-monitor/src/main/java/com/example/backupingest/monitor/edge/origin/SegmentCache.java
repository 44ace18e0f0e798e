package com.example.backupingest.monitor.edge.origin;

import com.example.backupingest.monitor.hls.SegmentFormats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recently fetched origin segments, bounded by bytes (least recently used go first). Concurrent
 * requests for the same segment share one origin fetch, so many players cost one request.
 */
public final class SegmentCache {

    private final HttpClient http;
    private final LocalOriginFiles files;
    private final Duration timeout;
    private final long maxBytes;
    private final Map<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, CompletableFuture<Optional<byte[]>>> inFlight = new ConcurrentHashMap<>();
    private final SegmentFormats formats = SegmentFormats.shared();
    private long bytes;

    /** Segments over {@code http} (each fetch given up after {@code timeout}) or from {@code file:} origins. */
    public SegmentCache(HttpClient http, Duration timeout, long maxBytes) {
        this(http, new LocalOriginFiles(), timeout, maxBytes);
    }

    SegmentCache(HttpClient http, LocalOriginFiles files, Duration timeout, long maxBytes) {
        this.http = http;
        this.files = files;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** Empty when the origin no longer has it (crashed, deleted): the playlist moves on, players skip. */
    public Optional<byte[]> get(String key, URI origin) {
        return fetch(key, origin).join();
    }

    CompletableFuture<Optional<byte[]>> fetch(String key, URI origin) {
        synchronized (this) {
            byte[] cached = entries.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(Optional.of(cached));
            }
        }
        CompletableFuture<Optional<byte[]>> started = new CompletableFuture<>();
        CompletableFuture<Optional<byte[]>> shared = inFlight.putIfAbsent(key, started);
        if (shared != null) {
            return shared;
        }
        load(origin).thenAccept(result -> {
            result.ifPresent(body -> store(key, body));
            inFlight.remove(key, started);
            started.complete(result);
        });
        return started;
    }

    /**
     * The size of a new segment, for the master playlist's bandwidth. A remote origin's segment is
     * fetched (so players find it cached); a local one is only measured: players read it on demand.
     * Either way its format (codecs, picture size) is probed for the master playlist ({@link SegmentFormats}).
     */
    public CompletableFuture<Optional<Long>> size(String key, URI origin) {
        if ("file".equals(origin.getScheme())) {
            Optional<Long> size = files.size(Path.of(origin));
            size.ifPresent(present -> formats.probe(key, Path.of(origin)));
            return CompletableFuture.completedFuture(size);
        }
        return fetch(key, origin).thenApply(body -> {
            body.ifPresent(b -> formats.probe(key, b));
            return body.map(b -> (long) b.length);
        });
    }

    private CompletableFuture<Optional<byte[]>> load(URI origin) {
        if ("file".equals(origin.getScheme())) {
            return CompletableFuture.completedFuture(files.segment(Path.of(origin)));
        }
        HttpRequest request = HttpRequest.newBuilder(origin).timeout(timeout).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> r.statusCode() == 200 ? Optional.of(r.body()) : Optional.<byte[]>empty())
                .exceptionally(failure -> Optional.empty());
    }

    private synchronized void store(String key, byte[] body) {
        if (body.length > maxBytes || entries.containsKey(key)) {
            return;
        }
        entries.put(key, body);
        bytes += body.length;
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }
}
