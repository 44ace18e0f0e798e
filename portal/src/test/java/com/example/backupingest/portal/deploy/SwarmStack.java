package com.example.backupingest.portal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * docker-stack.yml deployed on the engine's own one-node swarm: makes the swarm when the engine is in
 * none (and leaves it again, with the gateway bridge swarm made), sets and removes the node labels that
 * place the roles, and removes everything the stack made (services, networks, named volumes).
 */
final class SwarmStack {

    static final String LABEL_PREFIX = "backup-ingest.";
    private static final Duration SHORT = Duration.ofSeconds(60);

    private final String name;
    private final Docker docker;
    private final List<String> labels = new ArrayList<>();
    private boolean swarmOurs;
    private boolean gatewayBridgeOurs;
    private String node = "";

    /** {@code environment}: what {@code set -a; . ./.env} would export; stack deploy reads no env file. */
    SwarmStack(String name, ContainerEnv environment) {
        this.name = name;
        this.docker = Docker.cli().withEnvironment(environment.variables());
    }

    String name() {
        return name;
    }

    void joinOrInit() {
        String state = docker.run(SHORT, "info", "--format", "{{.Swarm.LocalNodeState}}").orFail().strip();
        if (!"active".equals(state)) {
            gatewayBridgeOurs = !docker.run(SHORT, "network", "inspect", "docker_gwbridge").ok();
            docker.run(SHORT, "swarm", "init", "--advertise-addr", "127.0.0.1").orFail();
            swarmOurs = true;
        }
        node = docker.run(SHORT, "info", "--format", "{{.Swarm.NodeID}}").orFail().strip();
        removeLeftovers();
    }

    /**
     * What an interrupted earlier run left on a swarm that outlived it: a stack of this name and our
     * node labels (a leftover ingest-b label would place ingest-b at once, and nothing would be pending).
     */
    private void removeLeftovers() {
        if (docker.run(SHORT, "stack", "ls", "--format", "{{.Name}}").orFail().lines().anyMatch(name::equals)) {
            try {
                remove();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        docker.run(SHORT, "node", "inspect", node, "--format", "{{range $k, $v := .Spec.Labels}}{{$k}}\n{{end}}")
                .orFail().lines().filter(label -> label.startsWith(LABEL_PREFIX))
                .forEach(label -> docker.run(SHORT, "node", "update", "--label-rm", label, node).orFail());
    }

    /** {@code backup-ingest.<role>=true} on this node: it may run that role. */
    void label(String role) {
        docker.run(SHORT, "node", "update", "--label-add", LABEL_PREFIX + role + "=true", node).orFail();
        labels.add(LABEL_PREFIX + role);
    }

    void deploy() {
        docker.run(Duration.ofMinutes(3), "stack", "deploy", "--compose-file",
                ComposeFile.ROOT.resolve("docker-stack.yml").toString(), name).orFail();
    }

    /** Each task of the service, as "state | error" (e.g. "Pending … | no suitable node …"). */
    List<String> tasks(String service) {
        return docker.run(SHORT, "service", "ps", "--no-trunc", "--format", "{{.CurrentState}} | {{.Error}}",
                name + "_" + service).orFail().lines().toList();
    }

    /** The running container of a service (one node: it is on this engine). */
    String container(String service) {
        return docker.run(SHORT, "ps", "--quiet", "--filter", "label=com.docker.swarm.service.name=" + name + "_"
                + service, "--filter", "status=running").orFail().lines().findFirst().orElse("");
    }

    String health(String service) {
        String container = container(service);
        return container.isEmpty() ? "none" : docker.run(SHORT, "inspect", "--format",
                "{{if .State.Health}}{{.State.Health.Status}}{{else}}no-check{{end}}", container).orFail().strip();
    }

    Docker.Result exec(String service, String... command) {
        List<String> arguments = new ArrayList<>(List.of("exec", container(service)));
        arguments.addAll(List.of(command));
        return docker.run(Duration.ofSeconds(30), arguments);
    }

    void saveLogs(Path dir, List<String> services) throws IOException {
        Files.createDirectories(dir);
        for (String service : services) {
            Docker.Result logs = docker.run(SHORT, "service", "logs", "--timestamps", "--no-trunc", name + "_" + service);
            Files.writeString(dir.resolve("stack-" + service + ".log"), logs.out() + logs.err());
        }
    }

    /** {@code docker stack rm}, then what it leaves: named volumes; then labels, and the swarm if we made it. */
    void remove() throws InterruptedException {
        docker.run(Duration.ofMinutes(2), "stack", "rm", name);
        org.awaitility.Awaitility.await("stack " + name + " gone").pollInSameThread().pollDelay(Duration.ZERO).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).until(() -> containers().isEmpty() && networks().isEmpty());
        volumes().forEach(volume -> docker.run(SHORT, "volume", "rm", volume).orFail());
        labels.forEach(label -> docker.run(SHORT, "node", "update", "--label-rm", label, node));
        labels.clear();
        if (swarmOurs) {
            docker.run(SHORT, "swarm", "leave", "--force").orFail();
            swarmOurs = false;
            if (gatewayBridgeOurs) {
                docker.run(SHORT, "network", "rm", "docker_gwbridge").orFail();
            }
        }
    }

    /** Containers, networks and volumes of the stack still on the engine. */
    List<String> leftovers() {
        return Stream.of(containers(), networks(), volumes()).flatMap(List::stream).toList();
    }

    private List<String> containers() {
        return list("ps", "--all", "--quiet", "--filter", "label=com.docker.stack.namespace=" + name);
    }

    private List<String> networks() {
        return list("network", "ls", "--quiet", "--filter", "label=com.docker.stack.namespace=" + name);
    }

    private List<String> volumes() {
        return list("volume", "ls", "--quiet", "--filter", "label=com.docker.stack.namespace=" + name);
    }

    private List<String> list(String... arguments) {
        return docker.run(SHORT, arguments).orFail().lines().filter(l -> !l.isBlank()).toList();
    }
}
