package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.MonitorEvent;
import com.example.backupingest.monitor.api.MonitorEventClient;
import com.example.backupingest.monitor.api.MonitorEventCodec;

import com.example.backupingest.monitor.api.MonitorPaths;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EdgeStatus;
import com.example.backupingest.monitor.api.HealthChanged;
import com.example.backupingest.monitor.api.MonitorEventBus;
import com.example.backupingest.monitor.api.EntrypointHealth;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one remote monitor: its event stream through the monitor API's one client
 * ({@link MonitorEventClient}: doubling back-off capped at {@code reconnectDelay}), and its health
 * snapshot ({@code /monitor/api/health}) every tick on a virtual thread. Events go onto the portal's bus, exactly like in-process events. When the
 * health poll fails, what this monitor reported last turns DOWN ({@link UnreachableHealth}): a
 * killed ingest host sends no last event, and its final LIVE must not stay on the page.
 */
final class RemoteMonitorClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteMonitorClient.class);

    private final URI base;
    private final MonitorEventBus bus;
    private final HealthCache cache;
    private final LiveProperties properties;
    private final @Nullable String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final MonitorEventCodec json = new MonitorEventCodec();
    private final MonitorEventClient events;
    /** The latest health this monitor reported, per content and entrypoint. */
    private final Map<String, EntrypointHealth> reported = new ConcurrentHashMap<>();
    /** The edges this monitor runs (an edge host) as it last listed them; ingest hosts have none. */
    private volatile List<EdgeStatus> edges = List.of();
    private volatile boolean listsEdges = true;
    private volatile boolean closed;
    /** Why the last health poll failed; null after one that worked. */
    private volatile @Nullable String problem;

    /** {@code authorization}: {@code Bearer <monitor.api.secret>}, what opens the monitor API (null: not configured). */
    RemoteMonitorClient(URI base, MonitorEventBus bus, HealthCache cache, LiveProperties properties,
            @Nullable String authorization) {
        this.base = base;
        this.bus = bus;
        this.cache = cache;
        this.properties = properties;
        this.authorization = authorization;
        Duration cap = properties.reconnectDelay();
        Duration first = cap.compareTo(Duration.ofMillis(250)) < 0 ? cap : Duration.ofMillis(250);
        this.events = new MonitorEventClient(base, http, json, this::dispatch, new MonitorEventClient.Backoff(first, cap),
                authorization);
    }

    /** A request to the monitor API, with its secret. */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    void start() {
        events.start();
        Thread.ofVirtual().name("remote-monitor-health-" + base.getAuthority()).start(this::pollHealth);
    }

    /** Why this monitor is not followed or not polled right now; empty while both work. */
    Optional<String> problem() {
        String polling = problem;
        return polling != null ? Optional.of(polling) : events.problem();
    }

    /** Whether this monitor reported health of the entrypoint (so it has its thumbnail). */
    boolean reports(String contentId, Entrypoint entrypoint) {
        return reported.containsKey(contentId + "/" + entrypoint);
    }

    /** The entrypoint's thumbnail from this monitor's API; empty when it has none or does not answer in time. */
    Optional<byte[]> thumbnail(String contentId, Entrypoint entrypoint) {
        try {
            HttpResponse<byte[]> response = http.send(request(MonitorPaths.THUMBNAILS + "/"
                    + java.net.URLEncoder.encode(contentId, java.nio.charset.StandardCharsets.UTF_8) + "/"
                    + entrypoint.letter()).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The content's edges as this monitor listed them at its last poll (after a portal restart too). */
    List<EdgeSource> edges(String contentId) {
        return edges.stream().filter(e -> e.contentId().equals(contentId))
                .map(e -> new EdgeSource(e.edgeId(), e.active(), Instant.EPOCH)).toList();
    }

    private void dispatch(MonitorEvent event) {
        if (event instanceof HealthChanged changed) {
            report(changed.health());
        }
        bus.publish(event);
    }

    private void pollHealth() {
        while (!closed) {
            try {
                HttpResponse<String> response = http.send(request(MonitorPaths.HEALTH)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401) {
                    throw httpStatus(401);
                }
                if (response.statusCode() == 200) {
                    json.health(response.body()).forEach(this::report);
                }
                pollEdges();
                problem = null;
            } catch (IOException | RuntimeException e) {
                unreachable(e);
                reported.values().forEach(last -> cache.replace(last, UnreachableHealth.of(last)));
                edges = List.of();
            } catch (InterruptedException e) {
                return;
            }
            pause(properties.tick());
        }
    }

    /** Only edge hosts answer; a monitor without edges (404) is not asked again. */
    private void pollEdges() throws IOException, InterruptedException {
        if (!listsEdges) {
            return;
        }
        HttpResponse<String> response = http.send(request(MonitorPaths.EDGES)
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            edges = json.edges(response.body());
        } else if (response.statusCode() == 404) {
            listsEdges = false;
        }
    }

    private void report(EntrypointHealth health) {
        reported.put(health.contentId() + "/" + health.entrypoint(), health);
        cache.put(health);
    }

    private static IOException httpStatus(int status) {
        return new IOException("HTTP " + status + (status == 401 ? ": check monitor.api.secret" : ""));
    }

    private void unreachable(Exception e) {
        String why = e.getMessage() != null && e.getMessage().startsWith("HTTP ") ? e.getMessage()
                : e.getClass().getSimpleName();
        String now = "Remote monitor " + base + " not reachable (" + why + ")";
        if (!now.equals(problem)) {
            log.warn("{}; retrying every {}", now, properties.reconnectDelay());
        }
        problem = now;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        events.close();
    }
}
