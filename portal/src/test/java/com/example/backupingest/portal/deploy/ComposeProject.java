package com.example.backupingest.portal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * docker-compose.yml of the repository as one Compose project of the test: its own project name and
 * env file, commands as lists, and what the project left on the engine (containers, volumes,
 * networks, found by Compose's project label).
 */
final class ComposeProject {

    private final String name;
    private final ContainerEnv env;
    private final List<Path> overrides;
    private final Docker docker = Docker.cli();

    ComposeProject(String name, ContainerEnv env, List<Path> overrides) {
        this.name = name;
        this.env = env;
        this.overrides = List.copyOf(overrides);
    }

    String name() {
        return name;
    }

    Docker.Result compose(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("compose", "--project-name", name, "--project-directory",
                ComposeFile.ROOT.toString(), "--env-file", env.file().toString(), "--file",
                ComposeFile.ROOT.resolve("docker-compose.yml").toString()));
        overrides.forEach(o -> command.addAll(List.of("--file", o.toString())));
        command.addAll(List.of(arguments));
        return docker.run(timeout, command);
    }

    /**
     * {@code build} for every service: the monitor image is built once per service using it (Compose
     * labels each with its service), all from cached layers but the first; the tag goes to the last one
     * and the others are left dangling, so they are removed here.
     */
    void build() {
        compose(Duration.ofMinutes(20), "build").orFail();
        pruneDanglingImages();
    }

    void pruneDanglingImages() {
        docker.run(Duration.ofMinutes(1), "image", "prune", "--force", "--filter",
                "label=com.docker.compose.project=" + name).orFail();
    }

    String containerId(String service) {
        return compose(Duration.ofSeconds(30), "ps", "--all", "--quiet", service).orFail().strip();
    }

    /** SIGKILL to the service's container: the host is gone, no shutdown of anything inside. */
    void kill(String service) {
        docker.run(Duration.ofSeconds(30), "kill", containerId(service)).orFail();
    }

    Docker.Result exec(String service, String... command) {
        List<String> arguments = new ArrayList<>(List.of("exec", "-T", service));
        arguments.addAll(List.of(command));
        return compose(Duration.ofSeconds(30), arguments.toArray(String[]::new));
    }

    /** The service container's address on one of the project's networks. */
    String address(String service, String network) {
        return docker.run(Duration.ofSeconds(30), "inspect", "--format",
                "{{(index .NetworkSettings.Networks \"" + name + "_" + network + "\").IPAddress}}",
                containerId(service)).orFail().strip();
    }

    void saveLogs(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Docker.Result logs = compose(Duration.ofMinutes(1), "logs", "--no-color", "--timestamps");
        // compose's log lines start with a terminal "erase line" even with --no-color
        Files.writeString(file, (logs.out() + logs.err()).replaceAll("\u001B\\[[0-9;]*[A-Za-z]", ""));
    }

    Docker.Result down() {
        return compose(Duration.ofMinutes(3), "down", "--volumes", "--remove-orphans", "--timeout", "10");
    }

    /** Containers, volumes and networks of this project still on the engine. */
    List<String> leftovers() {
        String label = "label=com.docker.compose.project=" + name;
        return Stream.of(List.of("ps", "--all", "--filter", label, "--format", "container {{.Names}}"),
                        List.of("volume", "ls", "--filter", label, "--format", "volume {{.Name}}"),
                        List.of("network", "ls", "--filter", label, "--format", "network {{.Name}}"))
                .flatMap(args -> docker.run(Duration.ofSeconds(30), args).orFail().lines())
                .filter(line -> !line.isBlank()).toList();
    }
}
