package com.example.backupingest.monitor.api.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Launches fake processes the test ends by hand. */
public final class FakeLauncher implements ProcessLauncher {

    public final List<FakeProcess> launched = new CopyOnWriteArrayList<>();
    public final List<List<String>> commands = new CopyOnWriteArrayList<>();
    volatile String output = "";
    /** When set, fake processes exit as soon as they read "q" (like ffmpeg). */
    public volatile boolean obeyQuit;

    @Override
    public RunningProcess launch(List<String> command, Path workingDirectory) {
        FakeProcess process = new FakeProcess(launched.size() + 1000, output, obeyQuit);
        commands.add(command);
        launched.add(process);
        return process;
    }

    public static final class FakeProcess implements RunningProcess {

        final CompletableFuture<Integer> exit = new CompletableFuture<>();
        final ByteArrayOutputStream stdin;
        private final long pid;
        private final String output;
        volatile boolean destroyed;

        FakeProcess(long pid, String output, boolean obeyQuit) {
            this.pid = pid;
            this.output = output;
            this.stdin = new ByteArrayOutputStream() {
                @Override
                public void flush() {
                    if (obeyQuit && toString(StandardCharsets.UTF_8).equals("q\n")) {
                        exit.complete(0);
                    }
                }
            };
        }

        public void exit(int code) {
            exit.complete(code);
        }

        public String stdinText() {
            return stdin.toString(StandardCharsets.UTF_8);
        }

        @Override
        public long pid() {
            return pid;
        }

        @Override
        public InputStream stdout() {
            return new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public InputStream stderr() {
            return InputStream.nullInputStream();
        }

        @Override
        public OutputStream stdin() {
            return stdin;
        }

        @Override
        public boolean isAlive() {
            return !exit.isDone();
        }

        @Override
        public int waitFor() throws InterruptedException {
            try {
                return exit.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean waitFor(Duration timeout) throws InterruptedException {
            try {
                exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void destroy() {
            destroyed = true;
            exit.complete(143);
        }

        @Override
        public void destroyForcibly() {
            destroyed = true;
            exit.complete(137);
        }

        @Override
        public List<ProcessHandle> descendants() {
            return List.of();
        }
    }
}
