package com.example.backupingest.portal.mail;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay every {@code portal.mail.poll-interval} on its own thread rather than on the
 * application's shared {@code @Scheduled} thread: an SMTP server that answers slowly (up to the
 * mail timeouts) then delays only mails, never other features' scheduled work.
 */
class OutboxRelayScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayScheduler.class);

    private final OutboxRelay relay;
    private final Duration pollInterval;
    private @Nullable ScheduledExecutorService executor;

    OutboxRelayScheduler(OutboxRelay relay, Duration pollInterval) {
        this.relay = relay;
        this.pollInterval = pollInterval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("mail-outbox-relay").daemon().factory());
        executor.scheduleWithFixedDelay(this::relayOnce, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void relayOnce() {
        try {
            relay.relayDue();
        } catch (RuntimeException e) {
            // An exception would end the fixed-delay schedule; the outbox stays and the next cycle retries.
            log.warn("Mail outbox relay cycle failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            // no shutdownNow: interrupting the relay inside JDBC would close the embedded H2 database's file
            executor.shutdown();
            try {
                executor.awaitTermination(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
