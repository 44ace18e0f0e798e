package com.example.backupingest.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.backupingest.monitor.testing.FreePort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tools/portal.sh's output on a first run: a line per build step, and once the portal takes
 * connections, where to go and (demo profile only) how to sign in. The real script runs in a copy
 * of the repository layout whose machine check, build and portal are stand-ins (the stand-in
 * portal is a tiny Java server on a free port); the real build is what {@code tools/test.sh} does.
 */
class PortalScriptTest {

    private static final Path SCRIPT = repositoryRoot().resolve("tools/portal.sh");

    @TempDir Path root;

    @Test
    void a_first_run_names_each_step_and_ends_with_the_address_and_the_demo_logins() throws Exception {
        int port = FreePort.next();
        List<String> out = run(port, List.of("--server.port=" + port));

        assertThat(out).filteredOn(l -> l.startsWith("==> ")).extracting(l -> l.substring(4, 7))
                .containsExactly("1/4", "2/4", "3/4", "4/4");
        assertThat(out.getLast()).isEqualTo("Open http://localhost:" + port
                + " — sign in as kongress / kongress-demo (customer) or support / support-demo");
        assertThat(out).as("the portal started only after the build, quietly")
                .containsSubsequence("==> 3/4 Building the portal and its frontend (Maven and Vite; a minute or two"
                        + " the first time)", "built", "==> 4/4 Starting the portal on port " + port)
                .anySatisfy(l -> assertThat(l).contains("--logging.level.org.atmosphere=warn",
                        "--logging.level.org.flywaydb=warn", "--server.port=" + port));
    }

    @Test
    void without_the_demo_profile_it_names_no_demo_logins() throws Exception {
        int port = FreePort.next();
        List<String> out = run(port, List.of("--server.port=" + port, "--spring.profiles.active=postgres"));

        assertThat(out.getLast()).isEqualTo("Open http://localhost:" + port);
        assertThat(String.join("\n", out)).doesNotContain("kongress-demo");
    }

    /** Runs the script until its "Open" line (or 60 s), then stops it: its trap stops the portal. */
    private List<String> run(int port, List<String> args) throws Exception {
        layout(port);
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("tools/portal.sh").toString()));
        command.addAll(args);
        Process script = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(script.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the script ended
            }
        });
        // the script says "Open ..." or ends; what it printed is asserted below
        org.awaitility.Awaitility.await("the script's Open line").atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> lines.stream().anyMatch(l -> l.startsWith("Open ")) || !script.isAlive());
        script.destroy();
        assertThat(script.waitFor(20, TimeUnit.SECONDS)).as("the script stops with its portal").isTrue();
        reader.join(5_000);
        assertThat(lines).as("output: %s", lines).anyMatch(l -> l.startsWith("Open "));
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    /** The real script among stand-ins: tools/, mvnw, and a "java" on the PATH that runs FakePortal. */
    private void layout(int port) throws IOException {
        Files.createDirectories(root.resolve("tools"));
        Files.createDirectories(root.resolve("bin"));
        Files.copy(SCRIPT, root.resolve("tools/portal.sh"));
        script("tools/setup-machine.sh", "echo 'setup-machine: nothing to install' >&2");
        Files.writeString(root.resolve("tools/java-home.sh"), "export PATH=\"" + root.resolve("bin") + ":$PATH\"\n");
        script("mvnw", "mkdir -p portal/target && : > portal/target/portal.jar && echo built");
        String javaHome = System.getProperty("java.home");
        script("bin/java", "exec '" + Paths.get(javaHome, "bin", "java") + "' '" + root.resolve("FakePortal.java")
                + "' \"$@\"");
        Files.writeString(root.resolve("FakePortal.java"), """
                import java.net.ServerSocket;
                /** Prints its arguments, takes a second to start like a real portal, then listens. */
                public class FakePortal {
                    public static void main(String[] args) throws Exception {
                        System.out.println("fake portal " + String.join(" ", args));
                        Thread.sleep(1000);
                        try (ServerSocket server = new ServerSocket(%d)) {
                            long end = System.currentTimeMillis() + 60_000;
                            server.setSoTimeout(1000);
                            while (System.currentTimeMillis() < end) {
                                try { server.accept().close(); } catch (java.net.SocketTimeoutException e) { }
                            }
                        }
                    }
                }
                """.formatted(port));
    }

    private void script(String name, String body) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path repositoryRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("tools/portal.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("tools/portal.sh not found");
    }
}
