package com.example.backupingest.monitor.api.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts real processes with {@link ProcessBuilder}. */
public final class OsProcessLauncher implements ProcessLauncher {

    @Override
    public RunningProcess launch(List<String> command, Path workingDirectory) throws IOException {
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        return new OsProcess(process);
    }

    private record OsProcess(Process process) implements RunningProcess {

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public InputStream stdout() {
            return process.getInputStream();
        }

        @Override
        public InputStream stderr() {
            return process.getErrorStream();
        }

        @Override
        public OutputStream stdin() {
            return process.getOutputStream();
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public int waitFor() throws InterruptedException {
            return process.waitFor();
        }

        @Override
        public boolean waitFor(Duration timeout) throws InterruptedException {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void destroy() {
            process.destroy();
        }

        @Override
        public void destroyForcibly() {
            process.destroyForcibly();
        }

        @Override
        public List<ProcessHandle> descendants() {
            return process.descendants().toList();
        }
    }
}
