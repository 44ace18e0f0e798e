package com.example.backupingest.portal.live;

import com.example.backupingest.portal.security.StateChanging;
import com.example.backupingest.portal.security.ReadsOnly;
import com.example.backupingest.portal.security.AuditDetail;
import com.example.backupingest.monitor.api.Entrypoint;
import com.example.backupingest.monitor.api.process.OsProcessLauncher;
import com.example.backupingest.monitor.api.process.ProcessListener;
import com.example.backupingest.monitor.api.process.ProcessSpec;
import com.example.backupingest.monitor.api.process.RestartPolicy;
import com.example.backupingest.monitor.api.process.Sleeper;
import com.example.backupingest.monitor.api.process.StopMethod;
import com.example.backupingest.monitor.api.process.SupervisedProcess;
import com.example.backupingest.portal.booking.BookingEvent;
import com.example.backupingest.portal.security.CurrentUser;
import com.example.backupingest.portal.streamsetup.ContentSetup;
import com.example.backupingest.portal.streamsetup.IngestEndpoint;
import com.example.backupingest.portal.streamsetup.StreamSetupService;
import com.example.backupingest.portal.streamsetup.StreamKeysRevoked;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Demo profile only: test-pattern encoders that publish a content to both of its ingest servers
 * with its real keys, so a newcomer sees live health at once. Each runs as a
 * {@link SupervisedProcess}: when its connection drops (a failover drill) it reconnects after
 * {@code reconnectAfter}, as OBS set to reconnect does. They stop by themselves after
 * {@code stopAfter}, and when a booking change removes their content. Output is discarded unread
 * (ffmpeg errors would name the URL, and with it the key); stop is 'q', then SIGTERM, then SIGKILL.
 */
public class DemoEncoders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoEncoders.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);

    /** What the Live page says about one content's demo encoders. */
    public record Status(boolean running, @Nullable Instant stopsAt, boolean stoppedAfterLimit) {
    }

    private record Key(long accountId, String contentId) {
    }

    /** One content's encoders (one per ingest server) and when they stop by themselves. */
    private static final class Run {
        final Map<Entrypoint, SupervisedProcess> encoders = new ConcurrentHashMap<>();
        volatile Instant stopsAt = Instant.MAX;
        volatile @Nullable ScheduledFuture<?> limit;
    }

    private final StreamSetupService setup;
    private final CurrentUser currentUser;
    private final DemoEncoderArgs args;
    private final DemoEncoderProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("demo-encoder-limit").factory());
    private final Map<Key, Run> runs = new ConcurrentHashMap<>();
    private final Set<Key> stoppedAfterLimit = ConcurrentHashMap.newKeySet();

    DemoEncoders(StreamSetupService setup, CurrentUser currentUser, DemoEncoderArgs args,
            DemoEncoderProperties properties, Clock clock) {
        this.setup = setup;
        this.currentUser = currentUser;
        this.args = args;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts an encoder on every ingest server the content has (both with the add-on); restarts the limit. */
    @StateChanging("DEMO_ENCODERS_STARTED")
    public synchronized void start(@AuditDetail String contentId) {
        long accountId = currentUser.requireAccountId();
        ContentSetup content = setup.contents().stream().filter(c -> c.contentId().equals(contentId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("no content " + contentId + " in this account"));
        Key key = new Key(accountId, contentId);
        Run existing = runs.get(key);
        Map<IngestEndpoint, String> missing = new LinkedHashMap<>();
        for (IngestEndpoint endpoint : content.endpoints()) {
            if (existing == null || !existing.encoders.containsKey(endpoint.entrypoint())) {
                // first, so that a refusal (a support agent never gets the keys) leaves nothing behind
                missing.put(endpoint, endpoint.serverUrl() + "/" + setup.revealKey(contentId, endpoint.entrypoint()));
            }
        }
        Run run = runs.computeIfAbsent(key, k -> new Run());
        stoppedAfterLimit.remove(key);
        missing.forEach((endpoint, url) -> {
            run.encoders.put(endpoint.entrypoint(), launch(contentId, endpoint.entrypoint(), url));
            log.info("demo encoder for {} on {} started ({})", contentId, endpoint.entrypoint(), endpoint.maskedFullUrl());
        });
        ScheduledFuture<?> previous = run.limit;
        if (previous != null) {
            previous.cancel(false);
        }
        run.stopsAt = clock.instant().plus(properties.stopAfter());
        run.limit = timer.schedule(() -> stopAfterLimit(key), properties.stopAfter().toMillis(), TimeUnit.MILLISECONDS);
    }

    @StateChanging("DEMO_ENCODERS_STOPPED")
    public void stop(@AuditDetail String contentId) {
        stop(new Key(currentUser.requireAccountId(), contentId));
    }

    /**
     * Kills one encoder without a goodbye and for good, like a crashed encoder machine (tests,
     * benchmarks); false when none was started there.
     */
    @StateChanging("DEMO_ENCODER_KILLED")
    public boolean kill(@AuditDetail String contentId, @AuditDetail Entrypoint entrypoint) {
        Run run = runs.get(new Key(currentUser.requireAccountId(), contentId));
        SupervisedProcess encoder = run == null ? null : run.encoders.remove(entrypoint);
        if (encoder == null) {
            return false;
        }
        encoder.kill();
        return true;
    }

    @ReadsOnly
    public boolean running(String contentId) {
        return status(new Key(currentUser.requireAccountId(), contentId)).running();
    }

    /**
     * The status of the signed-in account's content, for later reads from any thread (the Live
     * page's push updates run without the signed-in user).
     */
    @ReadsOnly
    public Supplier<Status> status(String contentId) {
        Key key = new Key(currentUser.requireAccountId(), contentId);
        return () -> status(key);
    }

    /** A booking change that removed a content (cancel, rebook with other names) stops its encoders. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingEvent event) {
        Set<String> kept = event.contents().stream().map(ContentSetup::contentId).collect(Collectors.toSet());
        for (Key key : List.copyOf(runs.keySet())) {
            if (key.accountId() == event.account().id() && !kept.contains(key.contentId())) {
                log.info("demo encoders for {} stopped: the content was removed", key.contentId());
                stop(key);
            }
        }
    }

    /**
     * A regenerated key leaves that ingest server's encoder reconnecting with the old key in vain:
     * it goes, so that the next start publishes with the new key (booking changes are {@link #on(BookingEvent)}).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(StreamKeysRevoked revoked) {
        Run run = runs.get(new Key(revoked.accountId(), revoked.contentId()));
        if (run == null) {
            return;
        }
        for (Entrypoint entrypoint : revoked.entrypoint() == null ? Entrypoint.values()
                : new Entrypoint[] {revoked.entrypoint()}) {
            SupervisedProcess stale = run.encoders.remove(entrypoint);
            if (stale != null) {
                log.info("demo encoder for {} on {} stopped: its key was revoked", revoked.contentId(), entrypoint);
                stale.kill();
            }
        }
    }

    /** Running while supervised: an encoder between a dropped connection and its reconnect still counts. */
    private Status status(Key key) {
        Run run = runs.get(key);
        boolean running = run != null && !run.encoders.isEmpty();
        return new Status(running, running ? run.stopsAt : null, stoppedAfterLimit.contains(key));
    }

    private void stopAfterLimit(Key key) {
        if (runs.containsKey(key)) {
            log.info("demo encoders for {} stopped after {}", key.contentId(), properties.stopAfter());
            stop(key);
            stoppedAfterLimit.add(key);
        }
    }

    private void stop(Key key) {
        Run run = runs.remove(key);
        if (run == null) {
            return;
        }
        ScheduledFuture<?> limit = run.limit;
        if (limit != null) {
            limit.cancel(false);
        }
        closeAll(new ArrayList<>(run.encoders.values()));
    }

    private SupervisedProcess launch(String contentId, Entrypoint entrypoint, String urlWithKey) {
        ProcessSpec spec = new ProcessSpec("demo-encoder-" + contentId + "-" + entrypoint.letter(),
                args.build(urlWithKey), Path.of(System.getProperty("java.io.tmpdir")), new StopMethod.StdinLine("q"),
                STOP_TIMEOUT);
        Duration reconnect = properties.reconnectAfter();
        SupervisedProcess encoder = new SupervisedProcess(spec, new OsProcessLauncher(),
                new RestartPolicy(reconnect, reconnect.multipliedBy(4), Duration.ofSeconds(30)), clock, Sleeper.REAL,
                new ProcessListener() {
                    // output unread on purpose: ffmpeg's errors name the URL with the key
                });
        encoder.start(Duration.ZERO);
        return encoder;
    }

    /** Stops in parallel: each may take a few seconds to say goodbye. */
    private static void closeAll(List<SupervisedProcess> encoders) {
        List<Thread> stopping = encoders.stream().map(e -> Thread.ofVirtual().start(e::close)).toList();
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        List<SupervisedProcess> all = new ArrayList<>();
        runs.values().forEach(run -> all.addAll(run.encoders.values()));
        runs.clear();
        closeAll(all);
    }
}
