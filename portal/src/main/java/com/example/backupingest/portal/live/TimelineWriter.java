package com.example.backupingest.portal.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Saves timeline rows so that none is lost silently. A row is written at once on the caller's thread
 * (the Live page's reload then finds it); one the database refuses is kept, in order, in memory and
 * retried on a thread of its own with Spring's {@link ExponentialBackOff} until the database takes it.
 * In memory on purpose: the rows fail because the database fails, and both the mail outbox and Spring
 * Modulith's event publication registry would have to write to that same database first. What cannot
 * be kept (more than {@code capacity} waiting, or still waiting at shutdown) is logged as an ERROR with
 * the row, so it is reported, never dropped silently. While rows wait, {@link #trouble()} says so
 * (readiness and the Live page).
 */
final class TimelineWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TimelineWriter.class);

    /** One row to insert; {@code describe} is what the log says if it is never saved. */
    interface Row {
        void insert();

        String describe();
    }

    /** Rows wait since {@code since}; the last attempt failed with {@code error}. */
    record Trouble(Instant since, int unsaved, String error) {
    }

    private final Clock clock;
    private final int capacity;
    private final ExponentialBackOff backOff;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Deque<Row> waiting = new ArrayDeque<>();
    private volatile @Nullable Trouble trouble;
    private volatile boolean closed;
    private final Thread retrier;

    TimelineWriter(Clock clock, Duration initialBackOff, Duration maxBackOff, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
        this.backOff = new ExponentialBackOff(initialBackOff.toMillis(), 2.0);
        this.backOff.setMaxInterval(maxBackOff.toMillis());
        this.retrier = Thread.ofVirtual().name("timeline-retry").start(this::retryLoop);
    }

    /** Saves now, or queues behind rows that wait already (order is kept). */
    void save(Row row) {
        lock.lock();
        try {
            if (!waiting.isEmpty()) {
                keep(row);
                Trouble now = trouble;
                if (now != null) { // the count the Live page and readiness show
                    trouble = new Trouble(now.since(), waiting.size(), now.error());
                }
                return;
            }
        } finally {
            lock.unlock();
        }
        try {
            row.insert();
        } catch (RuntimeException e) {
            lock.lock();
            try {
                keep(row);
                failed(e);
                wake.signalAll();
            } finally {
                lock.unlock();
            }
            log.warn("timeline row not saved, kept for a retry: {} ({})", row.describe(), e.toString());
        }
    }

    Optional<Trouble> trouble() {
        return Optional.ofNullable(trouble);
    }

    private void keep(Row row) {
        if (waiting.size() >= capacity) {
            Row dropped = waiting.removeFirst();
            log.error("timeline row NOT saved, {} rows wait for the database already: {}", capacity, dropped.describe());
        }
        waiting.addLast(row);
    }

    private void failed(RuntimeException e) {
        Trouble before = trouble;
        trouble = new Trouble(before == null ? clock.instant() : before.since(), waiting.size(), e.toString());
    }

    private void retryLoop() {
        BackOffExecution delays = backOff.start();
        while (!closed) {
            Row head;
            lock.lock();
            try {
                while (!closed && waiting.isEmpty()) {
                    delays = backOff.start();
                    wake.await();
                }
                if (closed) {
                    return;
                }
                // wait first: the failure that queued the row happened just now
                wake.await(delays.nextBackOff(), TimeUnit.MILLISECONDS);
                if (closed || waiting.isEmpty()) {
                    continue;
                }
                head = waiting.peekFirst();
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            drain(head);
        }
    }

    /** Writes the waiting rows in order until one fails again. */
    private void drain(Row head) {
        int saved = 0;
        Row next = head;
        while (next != null && !closed) {
            try {
                next.insert();
            } catch (RuntimeException e) {
                lock.lock();
                try {
                    failed(e);
                } finally {
                    lock.unlock();
                }
                return;
            }
            saved++;
            lock.lock();
            try {
                waiting.removeFirst();
                next = waiting.peekFirst();
                if (next == null) {
                    Trouble was = trouble;
                    trouble = null;
                    log.info("database takes timeline rows again: {} saved late{}", saved,
                            was == null ? "" : " (failing since " + was.since() + ")");
                } else if (trouble != null) {
                    trouble = new Trouble(trouble.since(), waiting.size(), trouble.error());
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Stops without interrupting (a thread interrupted inside JDBC can close an embedded database). */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            wake.signalAll();
            for (Row row : waiting) {
                log.error("timeline row NOT saved, the portal stops while the database refuses it: {}", row.describe());
            }
            waiting.clear();
        } finally {
            lock.unlock();
        }
        try {
            retrier.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
