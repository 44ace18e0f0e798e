package com.example.backupingest.monitor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the load generator ({@link ViewerLoad}) as its own JVM against one server. The server's
 * and the generator's CPU seconds are read when the generator opens and closes its measurement
 * window; established connections to the server port are counted with {@code ss} in mid-window.
 */
record LoadRun(String json, double serverCores, double generatorCores, int establishedMidWindow, double wallSeconds,
        String loadBefore) {

    static LoadRun run(int port, String playlistPath, int viewers, Duration warmUp, Duration window,
            DoubleSupplier serverCpuSeconds, Path log) throws IOException, InterruptedException {
        return run(port, playlistPath, null, viewers, warmUp, window, serverCpuSeconds, log);
    }

    /** {@code ticketSecret}: signs each viewer's own ticket in place of {@code {ticket}} in the path. */
    static LoadRun run(int port, String playlistPath, String ticketSecret, int viewers, Duration warmUp,
            Duration window, DoubleSupplier serverCpuSeconds, Path log) throws IOException, InterruptedException {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m",
                "-Dbench.ticket.secret=" + (ticketSecret == null ? "" : ticketSecret),
                "-cp", System.getProperty("java.class.path"), ViewerLoad.class.getName(), "127.0.0.1",
                Integer.toString(port), playlistPath, Integer.toString(viewers), Long.toString(warmUp.toSeconds()), Long.toString(window.toSeconds())));
        Process generator = new ProcessBuilder(command).redirectError(log.toFile()).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(generator.getInputStream(), StandardCharsets.UTF_8))) {
            double serverStart = 0;
            double generatorStart = 0;
            long wallStart = 0;
            double serverCores = 0;
            double generatorCores = 0;
            double wall = 0;
            int established = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("MEASURE-START")) {
                    serverStart = serverCpuSeconds.getAsDouble();
                    generatorStart = Cpu.seconds(generator.pid());
                    wallStart = System.nanoTime();
                    Thread.sleep(window.dividedBy(2)); // the measurement window
                    established = established(port);
                } else if (line.equals("MEASURE-END")) {
                    wall = (System.nanoTime() - wallStart) / 1e9;
                    serverCores = (serverCpuSeconds.getAsDouble() - serverStart) / wall;
                    generatorCores = (Cpu.seconds(generator.pid()) - generatorStart) / wall;
                } else if (line.startsWith("RESULT ")) {
                    return new LoadRun(line.substring(7), serverCores, generatorCores, established, wall, loadBefore);
                }
            }
            throw new IllegalStateException("the load generator gave no result, see " + log);
        } finally {
            if (!generator.waitFor(20, TimeUnit.SECONDS)) {
                generator.destroyForcibly();
            }
        }
    }

    /** Established TCP connections to 127.0.0.1:port (the generator is the only client). */
    static int established(int port) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-Htn", "state", "established", "dst", "127.0.0.1:" + port)
                .redirectErrorStream(true).start();
        long lines = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).count();
        ss.waitFor();
        return (int) lines;
    }

    double number(String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException(key + " not in " + json);
        }
        return Double.parseDouble(m.group(1));
    }
}
