package com.example.backupingest.monitor.srt;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.SrtLink;
import com.example.backupingest.monitor.api.StreamKeyDirectory;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.api.process.ProcessLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SRT on the entrypoints this process runs: one {@link SrtListener} each, started after their nginx
 * (the relays publish into it). Without libsrt on the machine the pipeline reports it as missing.
 */
public final class SrtIngest implements AutoCloseable {

    private final List<String> libraries;
    private final StreamKeyDirectory directory;
    private final PublishSessions sessions;
    private final ProcessLauncher launcher;
    private final RestartPolicy restart;
    private final Clock clock;
    private final int handshakesPerClient;
    private final Duration handshakeWindow;
    private final Map<Entrypoint, SrtListener> listeners = new EnumMap<>(Entrypoint.class);

    public SrtIngest(List<String> libraries, StreamKeyDirectory directory, PublishSessions sessions,
            ProcessLauncher launcher, RestartPolicy restart, Clock clock, int handshakesPerClient,
            Duration handshakeWindow) {
        this.libraries = List.copyOf(libraries);
        this.directory = directory;
        this.sessions = sessions;
        this.launcher = launcher;
        this.restart = restart;
        this.clock = clock;
        this.handshakesPerClient = handshakesPerClient;
        this.handshakeWindow = handshakeWindow;
    }

    /** Why none of the libsrt names can be loaded here; empty when one can (for the prerequisite check). */
    public static Optional<String> unavailable(List<String> libraries) {
        try {
            Optional<SrtLibrary> library = SrtLibrary.load(libraries);
            library.ifPresent(SrtLibrary::release);
            return library.isPresent() ? Optional.empty()
                    : Optional.of("not found (tried " + String.join(", ", libraries) + ")");
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Opens the entrypoint's SRT port; fails when libsrt is missing or the port is taken. */
    public synchronized void start(SrtSettings settings) {
        SrtLibrary library = SrtLibrary.load(libraries).orElseThrow(() -> new IllegalStateException(
                "libsrt not found (tried " + libraries + "): install libsrt1.5-gnutls (comes with ffmpeg)"));
        SrtListener listener = new SrtListener(library, settings, new SrtCallerGate(settings.entrypoint(), directory,
                sessions, handshakesPerClient, handshakeWindow), sessions, launcher, restart, clock);
        try {
            listener.start();
        } catch (RuntimeException e) {
            library.release();
            throw e;
        }
        listeners.put(settings.entrypoint(), listener);
    }

    public synchronized Optional<SrtListener> listener(Entrypoint entrypoint) {
        return Optional.ofNullable(listeners.get(entrypoint));
    }

    public Optional<SrtLink> link(Entrypoint entrypoint, String contentId) {
        return listener(entrypoint).flatMap(l -> l.link(contentId));
    }

    @Override
    public synchronized void close() {
        listeners.values().forEach(SrtListener::close);
        listeners.clear();
    }
}
