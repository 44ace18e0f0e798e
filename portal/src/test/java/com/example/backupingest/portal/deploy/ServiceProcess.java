package com.example.backupingest.portal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the topology as an OS process: {@code java -jar} with exactly the variables the
 * topology names for it, output in a log file. {@link #killHard()} is a host dying: SIGKILL to the
 * JVM and every process it started (nginx master and workers, ffmpeg), no shutdown hooks.
 */
final class ServiceProcess implements AutoCloseable {

    private final Topology.Service service;
    private final Process process;
    private final Path log;

    private ServiceProcess(Topology.Service service, Process process, Path log) {
        this.service = service;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(Topology.Service service, Path jar, Map<String, String> environment, Path dir)
            throws IOException {
        List<String> unknown = environment.keySet().stream().filter(k -> !service.allVariables().contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(service.name() + " has no variables " + unknown + " in Topology");
        }
        Path log = dir.resolve(service.name() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString()).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // only what the topology names, nothing inherited that could configure Spring by accident
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("PORTAL_")
                || k.startsWith("MONITOR_") || k.equals("SERVER_PORT"));
        builder.environment().putAll(environment);
        return new ServiceProcess(service, builder.start(), log);
    }

    String name() {
        return service.name();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL to the whole tree at once, collected before the JVM dies (its children would be re-parented). */
    List<ProcessHandle> killHard() {
        List<ProcessHandle> tree = new ArrayList<>(process.toHandle().descendants().toList());
        tree.addFirst(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        return tree;
    }

    /** The last lines of the log, for failure messages. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return service.name() + " log:\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return service.name() + ": no log";
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Graceful first (SIGTERM lets Spring stop nginx and ffmpeg), then the whole tree by force. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.toHandle().descendants().toList());
        process.destroy();
        try {
            process.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
    }
}
