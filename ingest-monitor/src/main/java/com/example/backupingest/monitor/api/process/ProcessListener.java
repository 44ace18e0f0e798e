package com.example.backupingest.monitor.api.process;

/** Callbacks from a {@link SupervisedProcess}; called on its own threads, must return quickly. */
public interface ProcessListener {

    default void started(long pid, int restarts) {
    }

    default void line(OutputLine line) {
    }

    /** The process ended; {@code willRestart} is false once a stop was requested. */
    default void exited(int exitCode, boolean willRestart) {
    }

    /** One line a process wrote. */
    record OutputLine(boolean stderr, String text) {
    }
}
