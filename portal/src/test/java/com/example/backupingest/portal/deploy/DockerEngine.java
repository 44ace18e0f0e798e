package com.example.backupingest.portal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container tests need a running Docker engine with Compose v2. Without one they fail, loudly;
 * only {@code SKIP_DOCKER_TESTS=1} turns that into a skip (documented in docs/deploy.md), and even
 * then the run says so.
 */
final class DockerEngine {

    static final String SKIP_VARIABLE = "SKIP_DOCKER_TESTS";
    private static final Logger log = LoggerFactory.getLogger(DockerEngine.class);

    private DockerEngine() {
    }

    /**
     * The engine's version, once the base image and the stand-ins are there (docker/debian-base.sh,
     * docker/standins.sh: pulled, or built from Debian packages); fails (or, with
     * {@value #SKIP_VARIABLE}=1, skips) without an engine.
     */
    static String require() throws IOException, InterruptedException {
        String version = engine();
        for (String script : List.of("docker/debian-base.sh", "docker/standins.sh")) {
            Process process = new ProcessBuilder(ComposeFile.ROOT.resolve(script).toString()).inheritIO().start();
            if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(script + " failed: the images' base or the stand-ins are missing");
            }
        }
        return version;
    }

    private static String engine() {
        if ("1".equals(System.getenv(SKIP_VARIABLE))) {
            String message = "CONTAINER TESTS SKIPPED: " + SKIP_VARIABLE + "=1. The images, the compose topology"
                    + " and the swarm stack are NOT tested in this run.";
            log.error("\n\n*** {} ***\n", message);
            Assumptions.abort(message);
        }
        String problem;
        try {
            Docker.Result info = Docker.cli().run(Duration.ofSeconds(30), "info", "--format", "{{.ServerVersion}}");
            Docker.Result compose = Docker.cli().run(Duration.ofSeconds(30), "compose", "version", "--short");
            if (info.ok() && compose.ok()) {
                return info.out().strip();
            }
            problem = info.ok() ? "docker compose: " + compose.err().strip() : info.err().strip();
        } catch (UncheckedIOException e) {
            problem = "no docker command: " + e.getCause().getMessage();
        }
        String message = "NO DOCKER ENGINE: " + problem + "\nThe container tests need one: tools/ensure-docker.sh"
                + " installs Debian's docker.io, Compose v2 and buildx and starts dockerd (tools/test.sh runs it)."
                + " To skip these tests on purpose, set " + SKIP_VARIABLE + "=1.";
        log.error("\n\n*** {} ***\n", message);
        throw new AssertionError(message);
    }
}
