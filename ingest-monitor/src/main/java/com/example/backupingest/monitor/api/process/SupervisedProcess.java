package com.example.backupingest.monitor.api.process;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one command running: starts it, drains its output, restarts it with back-off when it
 * exits, and stops it gracefully on request. One virtual thread runs the start/wait/restart loop.
 */
public final class SupervisedProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SupervisedProcess.class);

    private final ProcessSpec spec;
    private final ProcessLauncher launcher;
    private final RestartPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ProcessListener listener;
    private final OutputDrain drain;
    private volatile boolean stopping;
    private volatile @Nullable RunningProcess current;
    private volatile List<ProcessHandle> knownDescendants = List.of();
    private volatile int restarts;
    private volatile @Nullable Instant lastStartedAt;
    private @Nullable Thread loop;
    /** Guards {@link #inBackoff}: the loop may be interrupted only while it waits, never in a callback. */
    private final Object backoffLock = new Object();
    private boolean inBackoff;

    public SupervisedProcess(ProcessSpec spec, ProcessLauncher launcher, RestartPolicy policy, Clock clock,
            Sleeper sleeper, ProcessListener listener) {
        this.spec = spec;
        this.launcher = launcher;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
        this.drain = new OutputDrain(spec.name(), listener);
    }

    /** Starts supervision; the first launch waits {@code initialDelay}. */
    public synchronized void start(Duration initialDelay) {
        if (loop != null) {
            throw new IllegalStateException(spec.name() + " already started");
        }
        loop = Thread.ofVirtual().name("supervise-" + spec.name()).start(() -> superviseLoop(initialDelay));
    }

    public int restarts() {
        return restarts;
    }

    public @Nullable Instant lastStartedAt() {
        return lastStartedAt;
    }

    public boolean isRunning() {
        RunningProcess process = current;
        return process != null && process.isAlive();
    }

    public @Nullable Long pid() {
        RunningProcess process = current;
        return process == null || !process.isAlive() ? null : process.pid();
    }

    /** Remembers the children now, so they can be reaped if the parent is killed hard. */
    public void refreshDescendants() {
        RunningProcess process = current;
        if (process != null && process.isAlive()) {
            knownDescendants = process.descendants();
        }
    }

    private void superviseLoop(Duration initialDelay) {
        int failures = 0;
        try {
            backoff(initialDelay);
            while (!stopping) {
                Instant startedAt = clock.instant();
                int exitCode = runOnce();
                boolean willRestart = !stopping;
                listener.exited(exitCode, willRestart);
                if (!willRestart) {
                    return;
                }
                boolean stable = Duration.between(startedAt, clock.instant()).compareTo(policy.stableAfter()) >= 0;
                failures = stable ? 1 : failures + 1;
                Duration delay = policy.delayFor(failures);
                log.warn("{} exited with code {}; restart #{} in {} ms", spec.name(), exitCode, restarts + 1,
                        delay.toMillis());
                backoff(delay);
                restarts++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits before a (re)start. The only place {@link #close()} interrupts the loop thread: listener
     * callbacks run on this thread (they publish events whose subscribers may use JDBC, and an
     * interrupt inside JDBC can close an embedded database's file, issue 21).
     */
    private void backoff(Duration delay) throws InterruptedException {
        synchronized (backoffLock) {
            if (stopping) {
                throw new InterruptedException("stopping");
            }
            inBackoff = true;
        }
        try {
            sleeper.sleep(delay);
        } finally {
            synchronized (backoffLock) {
                inBackoff = false;
                Thread.interrupted(); // an interrupt meant for the wait must not outlive it
            }
        }
    }

    private int runOnce() throws InterruptedException {
        RunningProcess process;
        try {
            process = launcher.launch(spec.command(), spec.workingDirectory());
        } catch (IOException e) {
            log.error("{} could not be started: {}", spec.name(), e.getMessage());
            return -1;
        }
        current = process;
        lastStartedAt = clock.instant();
        knownDescendants = List.of();
        if (stopping) {
            process.destroyForcibly();
        }
        drain.start(process.stdout(), false);
        drain.start(process.stderr(), true);
        listener.started(process.pid(), restarts);
        int exitCode = process.waitFor();
        reapOrphans();
        return exitCode;
    }

    /** An nginx master killed with SIGKILL leaves its worker holding the ports. */
    private void reapOrphans() {
        for (ProcessHandle orphan : knownDescendants) {
            if (orphan.isAlive()) {
                log.warn("{}: killing orphaned child {}", spec.name(), orphan.pid());
                orphan.destroyForcibly();
            }
        }
        knownDescendants = List.of();
    }

    /**
     * SIGKILL without a goodbye and no restart: a process that crashed for good (a demo encoder's
     * machine dying in a test). Returns at once; the supervisor ends when it sees the exit.
     */
    public void kill() {
        stopping = true;
        RunningProcess process = current;
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** Graceful stop, then SIGTERM, then SIGKILL, each waiting {@code stopTimeout}. */
    @Override
    public void close() {
        stopping = true;
        Thread supervisor;
        synchronized (this) {
            supervisor = loop;
        }
        RunningProcess process = current;
        try {
            if (process != null && process.isAlive()) {
                refreshDescendants();
                new GracefulStop(spec, launcher).stop(process);
            }
            if (supervisor != null) {
                synchronized (backoffLock) {
                    if (inBackoff) {
                        supervisor.interrupt(); // it waits in back-off: nothing else to interrupt there
                    }
                }
                // otherwise the process is gone (stopped above): waitFor returns and the loop ends on its own
                supervisor.join(spec.stopTimeout().toMillis());
            }
            RunningProcess last = current;
            if (last != null && last.isAlive()) {
                last.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reapOrphans();
        }
    }
}
