package com.example.backupingest.portal.live;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.EntrypointHealth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.SmartLifecycle;

/**
 * Remote monitors (portal.live.remote-monitors): health from their API; drills are not offered remotely.
 * Follows them as a lifecycle: from the context's start (after the web server) until its stop.
 */
final class RemoteHealthSource implements HealthSource, SmartLifecycle, AutoCloseable {

    private final HealthCache cache;
    private final List<RemoteMonitorClient> clients;
    private volatile boolean running;

    RemoteHealthSource(HealthCache cache, List<RemoteMonitorClient> clients) {
        this.cache = cache;
        this.clients = List.copyOf(clients);
    }

    /** From the monitor that reports this entrypoint's health (each host runs one or both entrypoints). */
    @Override
    public Optional<byte[]> thumbnail(String contentId, Entrypoint entrypoint) {
        return clients.stream().filter(c -> c.reports(contentId, entrypoint)).findFirst()
                .flatMap(c -> c.thumbnail(contentId, entrypoint));
    }

    @Override
    public Optional<EntrypointHealth> health(String contentId, Entrypoint entrypoint) {
        return cache.get(contentId, entrypoint);
    }

    @Override
    public List<EntrypointHealth> all() {
        return cache.all();
    }

    @Override
    public List<String> problems() {
        return clients.stream().flatMap(c -> c.problem().stream()).toList();
    }

    /** As the edge hosts list them: fills the edges panel also after a portal restart mid-broadcast. */
    @Override
    public List<EdgeSource> edges(String contentId) {
        return clients.stream().flatMap(c -> c.edges(contentId).stream()).toList();
    }

    @Override
    public boolean drill(String contentId, Entrypoint entrypoint) {
        return false;
    }

    @Override
    public boolean drillsSupported() {
        return false;
    }

    @Override
    public void start() {
        clients.forEach(RemoteMonitorClient::start);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        clients.forEach(RemoteMonitorClient::close);
    }
}
