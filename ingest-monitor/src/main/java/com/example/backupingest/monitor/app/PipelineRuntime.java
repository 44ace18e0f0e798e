package com.example.backupingest.monitor.app;

import com.example.backupingest.monitor.api.PipelineAvailability;

import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.IngestProtocol;
import com.example.backupingest.monitor.srt.SrtIngest;
import com.example.backupingest.monitor.srt.SrtSettings;
import com.example.backupingest.monitor.api.IngestCertificate;
import com.example.backupingest.monitor.tls.IngestTls;
import com.example.backupingest.monitor.entrypoint.NginxEntrypoint;
import com.example.backupingest.monitor.entrypoint.NginxSettings;
import com.example.backupingest.monitor.entrypoint.PublishSessions;
import com.example.backupingest.monitor.health.HealthMonitor;
import com.example.backupingest.monitor.api.process.ProcessLauncher;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.transcode.TranscoderManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts both nginx entrypoints once the monitor's own HTTP port is known (nginx calls it back):
 * first the RTMPS certificate, then each nginx and its SRT listener, then the health monitor; stops
 * everything in reverse order.
 */
public final class PipelineRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PipelineRuntime.class);

    private final MonitorProperties properties;
    private final Map<Entrypoint, NginxSettings> settings;
    private final PublishSessions sessions;
    private final TranscoderManager transcoders;
    private final HealthMonitor health;
    private final ProcessLauncher launcher;
    private final RestartPolicy restartPolicy;
    private final Clock clock;
    private final IngestTls tls;
    private final SrtIngest srt;
    private final Map<Entrypoint, SrtSettings> srtSettings;
    private final Map<Entrypoint, NginxEntrypoint> running = new EnumMap<>(Entrypoint.class);
    private volatile PipelineAvailability availability;

    public PipelineRuntime(MonitorProperties properties, PipelineAvailability availability,
            Map<Entrypoint, NginxSettings> settings, RestartPolicy restartPolicy, PublishSessions sessions, TranscoderManager transcoders,
            HealthMonitor health, ProcessLauncher launcher, Clock clock, IngestTls tls, SrtIngest srt,
            Map<Entrypoint, SrtSettings> srtSettings) {
        this.properties = properties;
        this.tls = tls;
        this.srt = srt;
        this.srtSettings = Map.copyOf(srtSettings);
        this.availability = availability;
        this.settings = Map.copyOf(settings);
        this.restartPolicy = restartPolicy;
        this.sessions = sessions;
        this.transcoders = transcoders;
        this.health = health;
        this.launcher = launcher;
        this.clock = clock;
    }

    public synchronized void start(int serverPort) {
        if (!availability.available() || !running.isEmpty()) {
            return;
        }
        URI callback = properties.callbackBaseUrl() != null ? properties.callbackBaseUrl()
                : URI.create("http://127.0.0.1:" + serverPort);
        List<String> problems = new ArrayList<>();
        if (entrypoints().stream().anyMatch(e -> settings.get(e).protocols().contains(IngestProtocol.RTMPS))) {
            try {
                IngestCertificate certificate = tls.install();
                log.info("RTMPS certificate: {}, SHA-256 {}, valid until {}{}", certificate.subject(),
                        certificate.sha256Fingerprint(), certificate.notAfter(),
                        certificate.selfSigned() ? " (self-signed)" : "");
                tls.start();
            } catch (RuntimeException e) {
                String problem = "RTMPS certificate: " + e.getMessage();
                if (properties.failFast()) {
                    throw new IllegalStateException(problem, e);
                }
                log.error("media pipeline not started: {}", problem);
                availability = PipelineAvailability.of(List.of(problem));
                return;
            }
        }
        for (Entrypoint entrypoint : entrypoints()) { // another ingest host may run the other one
            NginxEntrypoint nginx = new NginxEntrypoint(settings.get(entrypoint).withCallbackBase(callback),
                    properties.nginx(), launcher, restartPolicy, clock,
                    crashed -> sessions.endAll(crashed, "nginx exited"));
            try {
                nginx.start(properties.readyTimeout());
                running.put(entrypoint, nginx);
                SrtSettings srtHere = srtSettings.get(entrypoint);
                if (srtHere != null) {
                    srt.start(srtHere); // after nginx: its relays publish there
                }
            } catch (IOException | RuntimeException e) {
                String problem = "entrypoint " + entrypoint + ": " + (e instanceof IOException io
                        ? new UncheckedIOException(io).getMessage() : e.getMessage());
                problems.add(problem);
                if (properties.failFast()) {
                    close();
                    throw new IllegalStateException(problem, e);
                }
                log.error("media pipeline not started: {}", problem);
            }
        }
        if (!problems.isEmpty()) {
            availability = PipelineAvailability.of(problems);
        }
        health.start();
    }

    public PipelineAvailability availability() {
        return availability;
    }

    public Optional<NginxEntrypoint> entrypoint(Entrypoint entrypoint) {
        synchronized (this) {
            return Optional.ofNullable(running.get(entrypoint));
        }
    }

    /** The entrypoints this process runs ({@code monitor.role}), in A, B order. */
    public List<Entrypoint> entrypoints() {
        return java.util.Arrays.stream(Entrypoint.values()).filter(settings::containsKey).toList();
    }

    public IngestTls tls() {
        return tls;
    }

    public SrtIngest srt() {
        return srt;
    }

    public NginxSettings settings(Entrypoint entrypoint) {
        return settings.get(entrypoint);
    }

    @Override
    public synchronized void close() {
        health.close();
        srt.close();
        tls.close();
        sessions.closeAll();
        transcoders.close();
        running.values().forEach(NginxEntrypoint::close);
        running.clear();
    }
}
