package com.example.backupingest.monitor.remote;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.ViewerReport;

import com.example.backupingest.monitor.api.viewer.ViewerSink;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * An edge host's viewer sink: it tells the portal which viewers still load playlists
 * ({@code POST /api/monitor/viewers} with the host's bearer secret), so the portal counts seats
 * across all edge hosts. {@link #seen} only records (the latest time per viewer and edge, at most
 * {@code capacity} of them) and never blocks a player's request; a virtual thread sends a batch every
 * {@code interval}. A portal that is down or refuses costs that batch and a warning at most once a
 * minute: viewers who already play keep playing, their next loads go in the next batch. The portal
 * answers with the viewers it found no seat for (all of the account's seats held); they are handed to
 * the gate ({@link #onRefusal}), which refuses their tickets from then on.
 */
final class HttpViewerReporter implements ViewerSink, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpViewerReporter.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private record Key(long accountId, String contentId, String edgeId, String viewerId) {
    }

    private record Load(Instant at, String address) {
    }

    private final URI endpoint;
    private final String secret;
    private final int edgeHost;
    private final Duration interval;
    private final int capacity;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();
    private final Map<Key, Load> pending = new ConcurrentHashMap<>();
    private volatile Refusals refusals = (contentId, edgeId, viewerId) -> {
    };
    private final AtomicLong dropped = new AtomicLong();
    private volatile Instant nextWarning = Instant.MIN;
    private volatile Thread sender;

    public HttpViewerReporter(URI portal, String secret, int edgeHost, Duration interval, int capacity, JsonMapper json,
            Clock clock) {
        this.endpoint = portal.resolve(MonitorPaths.PORTAL_VIEWERS);
        this.secret = secret;
        this.edgeHost = edgeHost;
        this.interval = interval;
        this.capacity = capacity;
        this.json = json;
        this.clock = clock;
    }

    /** Records the load; the portal's verdict comes with the answer to the next batch. */
    @Override
    public boolean seen(long accountId, String contentId, String edgeId, String viewerId, String address,
            Instant at) {
        Key key = new Key(accountId, contentId, edgeId, viewerId);
        if (pending.size() >= capacity && !pending.containsKey(key)) {
            dropped.incrementAndGet(); // the portal has been away long enough to fill the map: do not grow
            return true;
        }
        pending.merge(key, new Load(at, address), (before, now) -> now.at().isAfter(before.at()) ? now : before);
        return true;
    }

    @Override
    public void onRefusal(Refusals refusals) {
        this.refusals = refusals;
    }

    public HttpViewerReporter start() {
        sender = Thread.ofVirtual().name("viewer-reports").start(this::sendUntilClosed);
        return this;
    }

    private void sendUntilClosed() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            sendBatch();
        }
    }

    /** One report of everything recorded so far (empty: nothing is sent). */
    void sendBatch() {
        List<ViewerReport.Seen> batch = drain();
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            warn("{} viewer reports dropped: more than {} waiting for the portal", lost, capacity);
        }
        if (batch.isEmpty()) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new ViewerReport(edgeHost, batch))))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            // 403 with a body: some entries were outside this host's scope; the seat refusals still count.
            if ((status == 200 || status == 403) && !response.body().isBlank()) {
                ViewerReport.Answer answer = json.readValue(response.body(), ViewerReport.Answer.class);
                answer.refused().forEach(r -> refusals.refused(r.contentId(), r.edgeId(), r.viewerId()));
            }
            if (status / 100 != 2) {
                warn("portal answered HTTP {} to {} viewer reports (401: check monitor.portal-secret); dropped",
                        status, batch.size());
            }
        } catch (tools.jackson.core.JacksonException e) {
            warn("portal answered viewer reports with something that is not a verdict: {}", e.getOriginalMessage());
        } catch (IOException e) {
            warn("portal {} not reachable for {} viewer reports ({}); dropped", endpoint, batch.size(),
                    e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<ViewerReport.Seen> drain() {
        List<ViewerReport.Seen> batch = new ArrayList<>();
        for (Key key : pending.keySet()) {
            Load load = pending.remove(key);
            if (load != null) {
                batch.add(new ViewerReport.Seen(key.accountId(), key.contentId(), key.edgeId(), key.viewerId(),
                        load.address(), load.at()));
            }
        }
        return batch;
    }

    private void warn(String message, Object... args) {
        Instant now = clock.instant();
        if (now.isBefore(nextWarning)) {
            return;
        }
        nextWarning = now.plus(WARN_EVERY);
        log.warn(message, args);
    }

    @Override
    public void close() {
        Thread thread = sender;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
