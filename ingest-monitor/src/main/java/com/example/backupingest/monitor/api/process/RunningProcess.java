package com.example.backupingest.monitor.api.process;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

/** One started process, reduced to what supervision needs. */
public interface RunningProcess {

    long pid();

    InputStream stdout();

    InputStream stderr();

    OutputStream stdin();

    boolean isAlive();

    /** Blocks until the process has exited and returns its exit code. */
    int waitFor() throws InterruptedException;

    /** True if the process exited within the timeout. */
    boolean waitFor(Duration timeout) throws InterruptedException;

    void destroy();

    void destroyForcibly();

    /** Processes this one started (nginx workers); they outlive a master killed with SIGKILL. */
    List<ProcessHandle> descendants();
}
