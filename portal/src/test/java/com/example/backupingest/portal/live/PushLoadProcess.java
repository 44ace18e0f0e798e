package com.example.backupingest.portal.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link PushDashboardLoad} in a child JVM (same java, the test classes only) and reads its
 * results. The child is destroyed on {@link #close()} whatever state it is in.
 */
final class PushLoadProcess implements AutoCloseable {

    private final Process process;
    private final Path results;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final List<String> problems = new ArrayList<>();

    PushLoadProcess(String baseUrl, String username, String route, int sessions, boolean push, Path workDir)
            throws IOException {
        this.results = workDir.resolve("push-results-" + sessions + ".txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        String classes;
        try {
            classes = Path.of(PushDashboardLoad.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        process = new ProcessBuilder(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-cp", classes,
                PushDashboardLoad.class.getName(), baseUrl, username, "unused", route, Integer.toString(sessions),
                results.toString(), push ? "push" : "no-push")).redirectErrorStream(true).start();
        Thread.ofVirtual().name("push-load-out").start(this::drain);
    }

    private void drain() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("READY")) {
                    ready.complete(null);
                } else if (line.equals("DONE")) {
                    done.complete(null);
                } else {
                    synchronized (problems) {
                        if (problems.size() < 20) {
                            problems.add(line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone; the futures below report it
        }
        IllegalStateException ended = new IllegalStateException("push clients ended: " + problems());
        ready.completeExceptionally(ended);
        done.completeExceptionally(ended);
    }

    void awaitReady(Duration timeout) throws Exception {
        ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the clients (they sign out) and returns the result lines. */
    List<String> stop(Duration timeout) throws Exception {
        Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        stdin.write("STOP\n");
        stdin.flush();
        done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return Files.readAllLines(results);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
