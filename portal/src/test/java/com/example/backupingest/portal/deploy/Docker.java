package com.example.backupingest.portal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code docker} command line as a test uses it: arguments as a list, stdout and stderr drained
 * on their own threads, a timeout, and the result as a value. Environment entries given to
 * {@link #withEnvironment} are added to the test JVM's (Compose and {@code docker stack deploy} read
 * variables from there).
 */
final class Docker {

    private static final Logger log = LoggerFactory.getLogger(Docker.class);

    record Result(List<String> command, int exitCode, String out, String err) {

        boolean ok() {
            return exitCode == 0;
        }

        /** The output when the command succeeded; else an AssertionError that shows what failed. */
        String orFail() {
            if (!ok()) {
                throw new AssertionError(String.join(" ", command) + " exited " + exitCode + "\n" + tail(err, 3000)
                        + "\n" + tail(out, 2000));
            }
            return out;
        }

        private static String tail(String text, int chars) {
            return text.length() <= chars ? text : "…" + text.substring(text.length() - chars);
        }
    }

    private final Map<String, String> environment;

    private Docker(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    static Docker cli() {
        return new Docker(Map.of());
    }

    Docker withEnvironment(Map<String, String> more) {
        var merged = new java.util.HashMap<>(environment);
        merged.putAll(more);
        return new Docker(merged);
    }

    Result run(Duration timeout, String... arguments) {
        return run(timeout, List.of(arguments));
    }

    Result run(Duration timeout, List<String> arguments) {
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add("docker");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout
                        + "\n" + err.join());
            }
            Result result = new Result(List.copyOf(command), process.exitValue(), out.join(), err.join());
            log.debug("{} -> {}", command, result.exitCode());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + command, e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.complete("");
            }
        });
        return text;
    }
}
